using PmgBot.Cards;
using PmgBot.Cards.Localization;
using PmgBot.Core.Features.Meetings.AgendaItems;
using PmgBot.Core.Features.Meetings.Bookings;
using PmgBot.Core.Features.Meetings.Calendar;
using PmgBot.Core.Features.Meetings.Digest;
using PmgBot.Tests.Features.Reports;
using PmgBot.Tests.Features.Screening;

namespace PmgBot.Tests.Features.Meetings.Digest;

/// <summary>
/// Issue 16 for the JPP meetings: in English the digest, its message and the booking report are English, dates in
/// English (Europe/Amsterdam), and the same digest in Dutch stays exactly as before.
/// </summary>
public sealed class EnglishDigestTests
{
    private static readonly DateTime Start = new(2026, 12, 8, 13, 0, 0, DateTimeKind.Utc);

    public static TheoryData<string, string, string, string, string[]> Languages => new()
    {
        {
            "en-US",
            "The agenda for the case meeting of JPP Heerlen on Tuesday 8 December 2026 is ready: 1 case. Check the order and confirm to send the invitations.",
            "Agenda JPP Heerlen, 8 December 2026: 1 case",
            "Not everything was booked. Done: 1. Not yet: 2. Stopped at the window of Halt Zuid-Limburg: Outlook cannot be reached now; try again later. "
                + "Nothing is lost: choose 'Continue' to go on where it stopped.",
            ["Take off the agenda", "Move to the next JPP", "Add", "Continue", "Remind me later", "Refresh", "Back to the menu"]
        },
        {
            "nl-NL",
            "De agenda voor het casusoverleg van JPP Heerlen op dinsdag 8 december 2026 staat klaar: 1 casus. Bekijk de volgorde en bevestig om de uitnodigingen te versturen.",
            "Agenda JPP Heerlen, 8 december 2026: 1 casus",
            "Niet alles is geboekt. Gelukt: 1. Nog niet: 2. Gestopt bij het venster van Halt Zuid-Limburg: Outlook is nu niet bereikbaar; probeer het later opnieuw. "
                + "Er is niets verloren: kies 'Verder gaan' om verder te gaan waar het stopte.",
            ["Van de agenda halen", "Naar de volgende JPP", "Toevoegen", "Verder gaan", "Herinner me later", "Vernieuwen", "Terug naar het menu"]
        },
    };

    [Theory]
    [MemberData(nameof(Languages))]
    public void MessageAndCard_Language_TextsDatesAndButtonsInIt(string locale, string message, string summary, string report, string[] buttons)
    {
        using var language = BotLanguage.Use(locale);
        var cards = new MeetingDigestCards(new CardRenderer());

        var activity = cards.Message(Digest());
        var card = cards.Render(Digest(), new BookingReport(1, 2, new BookingFailure("halt", CalendarOutcome.Unavailable, "503"), true, false, false));

        Assert.Equal((message, summary, BotLanguage.Locale), (activity.Text, activity.Summary, activity.Locale));
        Assert.Contains(report, CardNodes.TextBlocks(card));
        Assert.Equal(buttons, card.ButtonTitles());
    }

    [Fact]
    public void Render_English_FactsItemsAndWindowsInEnglish()
    {
        using var english = BotLanguage.Use(BotLanguage.English);

        var card = new MeetingDigestCards(new CardRenderer()).Render(Digest());
        var texts = CardNodes.TextBlocks(card);

        Assert.Equal("Tuesday 8 December 2026, 14:00–16:00", texts[1]);
        Assert.Contains("PMG-J-0017 · new · green · 10 min", texts);
        Assert.Contains("When does each organisation join?", texts);
        Assert.Contains("Cannot be checked: the calendars are not connected or cannot be reached now.", texts);
        Assert.Contains(": 14:00–14:10 (1 case)", CardNodes.TextRuns(card));
        Assert.Contains(card["body"]!.AsArray(), e => e!["facts"]?[0]?["title"]?.GetValue<string>() == "Cases");
    }

    [Theory]
    [InlineData("en-GB", "The reason is too long: 501 characters, at most 500.", "Choose 1 to 240 minutes.")]
    [InlineData("nl-NL", "De reden is te lang: 501 tekens, maximaal 500.", "Kies 1 tot 240 minuten.")]
    public void AgendaItemMessages_Language_FilledInIt(string locale, string reasonTooLong, string minutes)
    {
        using var language = BotLanguage.Use(locale);

        Assert.Equal((reasonTooLong, minutes), (AgendaItemMessages.ReasonTooLong(501), AgendaItemMessages.MinutesOutOfRange));
    }

    private static MeetingDigest Digest() => new(
        42, "jpp-heerlen", "JPP Heerlen", Start, Start.AddHours(2), false, null,
        new DigestCounts(1, 0, 0, 0, 1, 0, 0, 0, 2),
        new DigestConflicts(false, 0, []),
        [new DigestItem("PMG-J-0017", AgendaItemKind.Nieuw, PmgBot.Core.Register.YouthLevel.Groen, 0, 10, ["Halt Zuid-Limburg"])],
        [new DigestWindow("halt", "Halt Zuid-Limburg", 0, 10, 1)],
        0, 0, [],
        new MeetingBookingPlan("42", 1, "Heerlen", "jpp@heerlen.example",
            new CalendarWindow(new DateTimeOffset(Start), new DateTimeOffset(Start.AddHours(2))), [], []));
}
