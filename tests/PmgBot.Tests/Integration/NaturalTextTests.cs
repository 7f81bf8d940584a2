using System.Net;
using PmgBot.Core.Features.Directory;
using PmgBot.Core.Features.Meetings.Digest;
using PmgBot.Core.Features.Reports;
using PmgBot.Core.Features.Welcome;
using PmgBot.Core.Turns;

namespace PmgBot.Tests.Integration;

/// <summary>
/// Issue 16: text as new users type it, through the endpoint. Exact commands still route as before; what they do not
/// match goes through the intent recogniser: typos, singular for plural, greetings, a bare name with a date of birth,
/// a little English. Two close intents get "Bedoel je …?" with a button each; the text itself is never logged.
/// </summary>
public sealed class NaturalTextTests : BotAppTest
{
    /// <summary>Typed text → a text the answer must contain (a card's verb or a sentence).</summary>
    private static readonly Dictionary<string, (string User, string Text, string Expected)> Cases = new()
    {
        ["typo of melding opens the report card"] = (TestDirectory.Melder, "melidng", ReportVerbs.SubmitReport),
        ["english concern opens the report card"] = (TestDirectory.Melder, "I want to report a concern", ReportVerbs.SubmitReport),
        ["concern phrasing opens the report card"] = (TestDirectory.Melder, "ik maak me zorgen over een leerling", ReportVerbs.SubmitReport),
        ["singular 'mijn melding' shows my reports"] = (TestDirectory.Melder, "mijn melding", "Mijn meldingen"),
        ["greeting shows the menu"] = (TestDirectory.Melder, "hallo", DirectoryVerbs.MyDetails),
        ["what can you do shows the menu"] = (TestDirectory.Melder, "wat kun je allemaal", DirectoryVerbs.MyDetails),
        ["lookup without 'van'"] = (TestDirectory.Melder, "wie is casusregisseur jan de vries", "Geen jongere gevonden"),
        ["bare name with a date of birth is a lookup"] = (TestDirectory.Melder, "Jan de Vries 12-03-2010", "Geen jongere gevonden"),
        ["agenda is the chair's digest: no meeting planned here"] = (TestDirectory.VoorzitterHeerlen, "agenda", DigestTexts.NoMeeting),
        ["'wat staat er op de agenda' is the chair's digest"] = (TestDirectory.VoorzitterHeerlen, "wat staat er op de agenda", DigestTexts.NoMeeting),
        ["'agenda volgende jpp' is the chair's digest"] = (TestDirectory.VoorzitterHeerlen, "agenda volgende jpp", DigestTexts.NoMeeting),
        ["'wat bespreken we dinsdag' is the chair's digest"] = (TestDirectory.VoorzitterHeerlen, "wat bespreken we dinsdag?", DigestTexts.NoMeeting),
        ["the agenda asked by a melder: the usual refusal"] = (TestDirectory.Melder, "wat staat er op de agenda", "niet beschikbaar voor jouw rol"),
        ["mijn acties shows one's open action items"] = (TestDirectory.VoorzitterHeerlen, "mijn acties", "Je hebt geen open actiepunten."),
        ["nonsense is not understood"] = (TestDirectory.Melder, "qwerty zxcv", "Dat begrijp ik niet"),
        ["lookup by a user without the role: the usual refusal"] = (TestDirectory.Beheerder, "Jan de Vries 12-03-2010", "niet beschikbaar voor jouw rol"),
    };

    public static TheoryData<string> CaseNames => new(Cases.Keys);

    [Theory]
    [MemberData(nameof(CaseNames))]
    public async Task Message_NaturalPhrasing_AnsweredByTheIntendedFlow(string name)
    {
        var (user, text, expected) = Cases[name];

        var response = await App.PostAndWaitAsync(TestActivities.Message(text, user));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var replies = string.Concat(App.Connector.Calls.Select(c => c.AllText));
        Assert.DoesNotContain("Er ging iets mis", replies, StringComparison.Ordinal);
        Assert.Contains(expected, replies, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Message_TwoRequestsAlike_BedoelJeWithAButtonForEachAndNoOther()
    {
        // The beheerder may open both; for a melder the network overview is not on offer, so privacy opens at once.
        await App.PostAndWaitAsync(TestActivities.Message("ik wil netwerk of privacy", TestDirectory.Beheerder));

        var replies = string.Concat(App.Connector.Calls.Select(c => c.AllText));
        Assert.Contains(MenuFlow.ChoicesText, replies, StringComparison.Ordinal);
        Assert.Contains(WelcomeVerbs.Privacy, replies, StringComparison.Ordinal);
        Assert.Contains(DirectoryVerbs.NetworkOverview, replies, StringComparison.Ordinal);
        Assert.DoesNotContain(ReportVerbs.OpenReport, replies, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Message_TwoRequestsAlikeOneNotForThisRole_TheOtherOpensAtOnce()
    {
        await App.PostAndWaitAsync(TestActivities.Message("ik wil netwerk of privacy", TestDirectory.Melder));

        var replies = string.Concat(App.Connector.Calls.Select(c => c.AllText));
        Assert.DoesNotContain(MenuFlow.ChoicesText, replies, StringComparison.Ordinal);
        Assert.DoesNotContain(DirectoryVerbs.NetworkOverview, replies, StringComparison.Ordinal);
        Assert.Contains("Privacy", replies, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Message_UnrecognisedText_NeverInTheLogs()
    {
        const string Text = "Zomaar Kwastjesberg Veertienhoven tekst";

        await App.PostAndWaitAsync(TestActivities.Message(Text));

        Assert.Contains("Dat begrijp ik niet", string.Concat(App.Connector.Calls.Select(c => c.AllText)), StringComparison.Ordinal);
        Assert.DoesNotContain(App.Logs.Events, e => e.Message.Contains("Kwastjesberg", StringComparison.OrdinalIgnoreCase)
            || e.Values.Values.Any(v => v?.ToString()?.Contains("Kwastjesberg", StringComparison.OrdinalIgnoreCase) == true));
    }
}
