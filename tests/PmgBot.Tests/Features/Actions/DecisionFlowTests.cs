using PmgBot.Core.Audit;
using PmgBot.Core.Outbox;
using PmgBot.Core.Directory;
using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PmgBot.Core.Features.Actions;
using PmgBot.Core.Features.Actions.Decisions;
using PmgBot.Core.Features.Meetings.AgendaItems;
using PmgBot.Core.Register;
using PmgBot.Core.Time;
using PmgBot.Core.Turns;
using PmgBot.Tests.Features.Chair;
using PmgBot.Tests.Integration;

namespace PmgBot.Tests.Features.Actions;

/// <summary>The decision card through the real endpoint: opening it, recording with two action items, a refusal that keeps the input.</summary>
public sealed class DecisionFlowTests : BotAppTest
{
    [Theory]
    [InlineData("besluit PMG-J-0017", "PMG-J-0017")]
    [InlineData("Besluit  pmg-j-0017 ", "PMG-J-0017")]
    [InlineData("besluit vastleggen PMG-J-0017", "PMG-J-0017")]
    [InlineData("besluit", null)]
    [InlineData("besluit Jan de Vries", null)]
    public void CodeFrom_TypedCommand_TheYouthCodeOrNone(string text, string? expected) =>
        Assert.Equal(expected, DecisionFlow.CodeFrom(text));

    [Fact]
    public async Task OpenDecision_ChairDuringTheMeeting_CardWithOwnersCasusregisseurAndQuickPicks()
    {
        var meetingId = await InsertMeetingWithYouthAsync(startedHoursAgo: 1);

        var answer = await ChairCalls.InvokeAsync(App, ActionVerbs.OpenDecision, new JsonObject { ["code"] = "pmg-j-0017" }, TestDirectory.VoorzitterHeerlen);

        Assert.Contains("Jan de Vries", answer.TextRuns);
        Assert.Equal(["Cas Regie (Jongerenwerk Voorbeeld)", "Paula Politie (Politie Basisteam Voorbeeld)"], answer.ChoiceTitles(DecisionFields.Casusregisseur));
        Assert.Equal([TestDirectory.Casusregisseur, TestDirectory.Politie], answer.ChoiceValues(DecisionFields.ItemOwner(1)));
        Assert.Equal(["vervolg", "opschalen", "afschalen", "afsluiten", "doorverwijzen"], answer.ChoiceValues(DecisionFields.Decision));
        var picks = answer.ChoiceValues(DecisionFields.ItemDue(4));
        Assert.Equal(2, picks.Count);
        Assert.All(picks, p => DateOnly.ParseExact(p, "yyyy-MM-dd", CultureInfo.InvariantCulture));
        Assert.True(answer.HasInput(DecisionFields.ItemDueDate(4)));
        var data = answer.ActionData(ActionVerbs.RecordDecision);
        Assert.Equal(("PMG-J-0017", meetingId, 0), (data["code"]!.GetValue<string>(), data["meetingId"]!.GetValue<long>(), data["version"]!.GetValue<int>()));
    }

    [Fact]
    public async Task RecordDecision_TwoActionItems_StoredAndTheCardShowsTheRecordedDecision()
    {
        var meetingId = await InsertMeetingWithYouthAsync(startedHoursAgo: 1);
        var due = (await ChairCalls.InvokeAsync(App, ActionVerbs.OpenDecision, new JsonObject { ["code"] = "PMG-J-0017" }, TestDirectory.VoorzitterHeerlen))
            .ChoiceValues(DecisionFields.ItemDue(1))[0];

        var answer = await ChairCalls.InvokeAsync(App, ActionVerbs.RecordDecision, Record(meetingId, due), TestDirectory.VoorzitterHeerlen);

        Assert.Contains(answer.TextBlocks, t => t.StartsWith(DecisionMessages.Recorded(2), StringComparison.Ordinal));
        Assert.False(answer.HasInput(DecisionFields.Decision));
        Assert.Contains(answer.TextRuns, t => t.StartsWith("Vervolg in JPP (niveau groen (JPP)), 2 actiepunten. Vastgelegd door Vera Voorzitter op ", StringComparison.Ordinal));
        var items = await App.QueryAsync(db => db.Set<ActionItem>().OrderBy(i => i.Id).Select(i => new { i.OwnerId, i.What, i.DueDate }).ToListAsync());
        Assert.Equal([(TestDirectory.Casusregisseur, "Gesprek met ouders plannen"), (TestDirectory.Politie, "Stopgesprek houden")], items.Select(i => (i.OwnerId, i.What)));
        Assert.Equal(due, items[0].DueDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Assert.Equal(YouthLevel.Groen, await App.QueryAsync(db => db.Youths.Select(y => y.Level).SingleAsync()));
    }

    [Fact]
    public async Task OpenDecision_FreshCard_ReviewDateProposedAndTheCommonActionsOffered()
    {
        await InsertMeetingWithYouthAsync(startedHoursAgo: 1);
        var today = AmsterdamTime.Today(App.Services.GetRequiredService<TimeProvider>());

        var answer = await ChairCalls.InvokeAsync(App, ActionVerbs.OpenDecision, new JsonObject { ["code"] = "PMG-J-0017" }, TestDirectory.VoorzitterHeerlen);

        // No meeting is planned ahead here: the proposal is the review period of groen (the setting, 6 weeks) from today.
        var proposed = today.AddDays(42).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        Assert.Equal(proposed, answer.Input(DecisionFields.NextReview)["value"]!.GetValue<string>());
        Assert.Equal(proposed, answer.ActionData(ActionVerbs.RecordDecision)["proposedReview"]!.GetValue<string>());
        Assert.Contains(DecisionTexts.ReviewAfterWeeks(6), answer.TextBlocks);
        Assert.Equal(ActionPicks.All.Select(p => p.Code), answer.ChoiceValues(DecisionFields.ItemWhatPick(4)));
        Assert.Equal("Gesprek met jongere en ouders", answer.ChoiceTitles(DecisionFields.ItemWhatPick(1))[0]);
        // No next meeting either: every row's term is "binnen twee weken", and the record action sends it back.
        var twoWeeks = answer.ChoiceValues(DecisionFields.ItemDue(1))[1];
        Assert.All(Enumerable.Range(1, DecisionLimits.MaxItems), n => Assert.Equal(twoWeeks, answer.Input(DecisionFields.ItemDue(n))["value"]!.GetValue<string>()));
        Assert.Equal(twoWeeks, answer.ActionData(ActionVerbs.RecordDecision)["defaultDue"]!.GetValue<string>());
    }

    [Fact]
    public async Task RecordDecision_CardSentAsFilledKeepingOneDefaultTerm_TwoItemsAndTheRowsWithOnlyTheTermSkipped()
    {
        await InsertMeetingWithYouthAsync(startedHoursAgo: 1);
        var card = await ChairCalls.InvokeAsync(App, ActionVerbs.OpenDecision, new JsonObject { ["code"] = "PMG-J-0017" }, TestDirectory.VoorzitterHeerlen);
        // What the client sends: the action's data and every input's value as the card holds it, with what the chair changed.
        var data = card.ActionData(ActionVerbs.RecordDecision).DeepClone().AsObject();
        foreach (var input in card.Elements.Where(e => ((string?)e["type"])?.StartsWith("Input.", StringComparison.Ordinal) == true))
        {
            data[(string)input["id"]!] = (string?)input["value"] ?? "";
        }

        var week = card.ChoiceValues(DecisionFields.ItemDue(2))[0];
        data[DecisionFields.Decision] = "vervolg";
        data[DecisionFields.Casusregisseur] = TestDirectory.Casusregisseur; // this youth has none yet
        data[DecisionFields.ItemOwner(1)] = TestDirectory.Casusregisseur;
        data[DecisionFields.ItemWhatPick(1)] = "gesprek-ouders";
        data[DecisionFields.ItemOwner(2)] = TestDirectory.Politie;
        data[DecisionFields.ItemWhat(2)] = "Stopgesprek houden";
        data[DecisionFields.ItemDue(2)] = week;

        var answer = await ChairCalls.InvokeAsync(App, ActionVerbs.RecordDecision, data, TestDirectory.VoorzitterHeerlen);

        Assert.Contains(answer.TextBlocks, t => t.StartsWith(DecisionMessages.Recorded(2), StringComparison.Ordinal));
        var items = await App.QueryAsync(db => db.Set<ActionItem>().OrderBy(i => i.Id).Select(i => new { i.What, i.DueDate }).ToListAsync());
        Assert.Equal(
            [("Gesprek met jongere en ouders", data["defaultDue"]!.GetValue<string>()), ("Stopgesprek houden", week)],
            items.Select(i => (i.What, i.DueDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))));
    }

    [Fact]
    public async Task RecordDecision_PickAloneAndTextBesideAPick_ThePicksTextAndTheTypedTextStored()
    {
        var meetingId = await InsertMeetingWithYouthAsync(startedHoursAgo: 1);
        var data = Record(meetingId, "");
        data.Remove(DecisionFields.ItemWhat(1));
        data[DecisionFields.ItemWhatPick(1)] = "gesprek-ouders";
        data[DecisionFields.ItemDueDate(1)] = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(10)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        data[DecisionFields.ItemWhatPick(2)] = "halt";

        var answer = await ChairCalls.InvokeAsync(App, ActionVerbs.RecordDecision, data, TestDirectory.VoorzitterHeerlen);

        Assert.Contains(answer.TextBlocks, t => t.StartsWith(DecisionMessages.Recorded(2), StringComparison.Ordinal));
        var items = await App.QueryAsync(db => db.Set<ActionItem>().OrderBy(i => i.Id).Select(i => i.What).ToListAsync());
        Assert.Equal(["Gesprek met jongere en ouders", "Stopgesprek houden"], items);
    }

    [Fact]
    public async Task RecordDecision_ItemWithNeitherTextNorPick_DutchMessageAtTheItemAndNothingStored()
    {
        var meetingId = await InsertMeetingWithYouthAsync(startedHoursAgo: 1);
        var data = Record(meetingId, "");
        data[DecisionFields.ItemWhat(2)] = "  ";
        data[DecisionFields.ItemWhatPick(2)] = "";

        var answer = await ChairCalls.InvokeAsync(App, ActionVerbs.RecordDecision, data, TestDirectory.VoorzitterHeerlen);

        Assert.Contains(DecisionMessages.NothingStored, answer.TextBlocks);
        Assert.Contains("Kies een actie of beschrijf wat er moet gebeuren.", answer.TextBlocks);
        Assert.Equal(TestDirectory.Politie, answer.Input(DecisionFields.ItemOwner(2))["value"]!.GetValue<string>());
        Assert.Equal(0, await App.QueryAsync(db => db.Set<YouthDecision>().CountAsync()));
        Assert.Equal(0, await App.QueryAsync(db => db.Set<ActionItem>().CountAsync()));
    }

    [Fact]
    public async Task RecordDecision_BadInput_NothingStoredInputKeptWithTheFieldMessage()
    {
        var meetingId = await InsertMeetingWithYouthAsync(startedHoursAgo: 1);
        var data = Record(meetingId, "");
        data[DecisionFields.NextReview] = "";

        var answer = await ChairCalls.InvokeAsync(App, ActionVerbs.RecordDecision, data, TestDirectory.VoorzitterHeerlen);

        Assert.Contains(DecisionMessages.NothingStored, answer.TextBlocks);
        Assert.Contains(DecisionMessages.ChooseNextReview, answer.TextBlocks);
        Assert.Contains(DecisionMessages.ChooseDue, answer.TextBlocks);
        Assert.Equal("Stopgesprek houden", answer.Input(DecisionFields.ItemWhat(2))["value"]!.GetValue<string>());
        Assert.Equal("stopgesprek,gesprek", answer.Input(DecisionFields.Interventions)["value"]!.GetValue<string>());
        Assert.Equal(0, await App.QueryAsync(db => db.Set<YouthDecision>().CountAsync()));
    }

    [Theory]
    [InlineData(TestDirectory.Politie, false)]           // no chair role at all: not allowed
    [InlineData(TestDirectory.VoorzitterBrunssum, true)] // chair of another JPP: the youth is not found
    public async Task OpenAndRecord_NotAChairOfTheMeetingsJpp_RefusedAndNothingStored(string user, bool youthNotFound)
    {
        var expected = youthNotFound ? NotAllowed.YouthNotFoundText : NotAllowed.Text;
        var meetingId = await InsertMeetingWithYouthAsync(startedHoursAgo: 1);

        var open = await ChairCalls.InvokeAsync(App, ActionVerbs.OpenDecision, new JsonObject { ["code"] = "PMG-J-0017" }, user);
        var record = await ChairCalls.InvokeAsync(App, ActionVerbs.RecordDecision, Record(meetingId, "2030-01-01"), user);

        Assert.Equal([expected, expected], new[] { open.Message, record.Message });
        Assert.Equal(0, await App.QueryAsync(db => db.Set<YouthDecision>().CountAsync()));
    }

    [Fact]
    public async Task OpenDecision_MeetingNotStartedYet_ChairIsToldToWait()
    {
        await InsertMeetingWithYouthAsync(startedHoursAgo: -2);

        var answer = await ChairCalls.InvokeAsync(App, ActionVerbs.OpenDecision, new JsonObject { ["code"] = "PMG-J-0017" }, TestDirectory.VoorzitterHeerlen);

        Assert.Equal(DecisionFlow.NoMeeting, answer.Message);
    }

    private static JsonObject Record(long meetingId, string due) => new()
    {
        ["code"] = "PMG-J-0017",
        ["meetingId"] = meetingId,
        ["version"] = 0,
        [DecisionFields.Decision] = "vervolg",
        [DecisionFields.Casusregisseur] = TestDirectory.Casusregisseur,
        [DecisionFields.Interventions] = "stopgesprek,gesprek",
        [DecisionFields.NextReview] = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(60)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        [DecisionFields.ItemOwner(1)] = TestDirectory.Casusregisseur,
        [DecisionFields.ItemWhat(1)] = "Gesprek met ouders plannen",
        [DecisionFields.ItemDue(1)] = due,
        [DecisionFields.ItemOwner(2)] = TestDirectory.Politie,
        [DecisionFields.ItemWhat(2)] = "Stopgesprek houden",
        [DecisionFields.ItemDueDate(2)] = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(20)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };

    /// <summary>PMG-J-0017 (youth work and police involved) on the agenda of a JPP Heerlen meeting that started some hours ago (negative: starts later).</summary>
    private async Task<long> InsertMeetingWithYouthAsync(int startedHoursAgo)
    {
        var youthId = await ChairYouths.InsertDefaultAsync(App);
        var now = App.Services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        return await App.QueryAsync(async db =>
        {
            var meeting = new JppMeeting { JppId = "jpp-heerlen", StartsAtUtc = now.AddHours(-startedHoursAgo) };
            db.JppMeetings.Add(meeting);
            await db.SaveChangesAsync();
            db.Set<MeetingAgendaItem>().Add(new MeetingAgendaItem
            {
                MeetingId = meeting.Id,
                YouthId = youthId,
                Sources = AgendaItemSources.Chair,
                Kind = AgendaItemKind.Nieuw,
                Status = AgendaItemStatus.Active,
                AddedAtUtc = now.AddDays(-7),
                AddedById = TestDirectory.VoorzitterHeerlen,
            });
            await db.SaveChangesAsync();
            return meeting.Id;
        });
    }
}
