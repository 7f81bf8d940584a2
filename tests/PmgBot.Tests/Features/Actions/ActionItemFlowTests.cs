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
using PmgBot.Tests.Features.Chair;
using PmgBot.Tests.Integration;

namespace PmgBot.Tests.Features.Actions;

/// <summary>
/// From the chair's decision to the owner's tick, through the real endpoint: each owner gets their card in personal chat
/// (case code and due date only in the message), the owner ticks it off, a second click changes nothing, the chair's
/// refresh shows who did it, and the lists.
/// </summary>
public sealed class ActionItemFlowTests : BotAppTest
{
    [Fact]
    public async Task RecordDecision_TwoItems_EachOwnerGetsTheirCardWithCodeAndDueDateOnlyInTheText()
    {
        var items = await RecordAsync();

        var messages = await App.QueryAsync(db => db.OutboxMessages.Where(m => m.DedupKey!.StartsWith("action-item:")).OrderBy(m => m.DedupKey).ToListAsync());
        Assert.Equal(
            [(ActionItemNotifier.NewKey(items[0]), "a:casusregisseur"), (ActionItemNotifier.NewKey(items[1]), "a:politie")],
            messages.Select(m => (m.DedupKey, m.ConversationId)).Order());
        foreach (var message in messages)
        {
            var activity = JsonNode.Parse(message.ActivityJson)!;
            var text = activity["text"]!.GetValue<string>();
            Assert.Matches("^Nieuw actiepunt bij casus PMG-J-0017, uiterlijk [0-9]{1,2} [a-z]+ 20[0-9]{2}\\.$", text);
            Assert.Equal(text, activity["summary"]!.GetValue<string>());
            var card = activity["attachments"]![0]!["content"]!;
            Assert.Equal(ActionVerbs.OpenItem, card["refresh"]!["action"]!["verb"]!.GetValue<string>());
            Assert.Contains("Jan de Vries", card.ToJsonString(), StringComparison.Ordinal); // the card, in personal chat, after the access check
        }

        Assert.Equal(2, await App.QueryAsync(db => db.AuditEvents.CountAsync(a => a.Action == ActionAuditActions.ItemNotice && a.Outcome == "success")));
    }

    [Fact]
    public async Task CompleteItem_Owner_DoneForEveryoneAndASecondClickChangesNothing()
    {
        var items = await RecordAsync();
        var data = new JsonObject { ["itemId"] = items[0], ["version"] = 0, [ActionItemFields.DoneNote] = "Gesprek gevoerd." };

        var done = await ChairCalls.InvokeAsync(App, ActionVerbs.CompleteItem, data, TestDirectory.Casusregisseur);
        var again = await ChairCalls.InvokeAsync(App, ActionVerbs.CompleteItem, data.DeepClone().AsObject(), TestDirectory.Casusregisseur);
        var chairRefresh = await ChairCalls.InvokeAsync(App, ActionVerbs.OpenItem, new JsonObject { ["itemId"] = items[0] }, TestDirectory.VoorzitterHeerlen);
        var otherOwner = await ChairCalls.InvokeAsync(App, ActionVerbs.OpenItem, new JsonObject { ["itemId"] = items[0] }, TestDirectory.Politie);

        Assert.Contains(ActionItemMessages.Completed, done.TextBlocks);
        Assert.Contains(done.TextRuns, t => t.StartsWith("Afgerond door Cas Regie op ", StringComparison.Ordinal));
        Assert.False(done.HasInput(ActionItemFields.DoneNote));
        Assert.Contains(ActionItemMessages.Stale, again.TextBlocks);
        Assert.Contains(chairRefresh.TextRuns, t => t.StartsWith("Afgerond door Cas Regie op ", StringComparison.Ordinal));
        Assert.Contains("Gesprek gevoerd.", chairRefresh.TextRuns);
        Assert.False(chairRefresh.HasInput(ActionItemFields.NotPossibleReason));
        Assert.Equal(ActionItemMessages.NotFound, otherOwner.Message);
        Assert.Equal(1, await App.QueryAsync(db => db.Set<ActionItemChange>().CountAsync()));
    }

    [Fact]
    public async Task OpenItem_CasusregisseurOnSomeoneElsesItem_ReadOnlyViewAndAChangeIsRefused()
    {
        var items = await RecordAsync();

        var view = await ChairCalls.InvokeAsync(App, ActionVerbs.OpenItem, new JsonObject { ["itemId"] = items[1] }, TestDirectory.Casusregisseur);
        var change = await ChairCalls.InvokeAsync(App, ActionVerbs.CompleteItem, new JsonObject { ["itemId"] = items[1], ["version"] = 0 }, TestDirectory.Casusregisseur);

        Assert.Contains("Stopgesprek houden", view.TextRuns);
        Assert.False(view.HasInput(ActionItemFields.DoneNote));
        Assert.Contains(ActionItemMessages.NotAllowed, change.TextBlocks);
        Assert.Equal(ActionItemState.Open, await App.QueryAsync(db => db.Set<ActionItem>().Where(i => i.Id == items[1]).Select(i => i.State).SingleAsync()));
    }

    [Fact]
    public async Task NotPossible_Owner_ChairsAreToldWithCodeAndDueDateOnly()
    {
        var items = await RecordAsync();
        await App.PostAndWaitAsync(TestActivities.Message("help", TestDirectory.TweedeVoorzitterHeerlen, conversation: "a:wim"));

        var answer = await ChairCalls.InvokeAsync(App, ActionVerbs.NotPossibleItem,
            new JsonObject { ["itemId"] = items[1], ["version"] = 0, [ActionItemFields.NotPossibleReason] = "Jongere is verhuisd." }, TestDirectory.Politie);

        Assert.Contains(ActionItemMessages.NotPossible, answer.TextBlocks);
        var told = await App.QueryAsync(db => db.OutboxMessages.Where(m => m.DedupKey!.Contains(":not-possible:")).ToListAsync());
        // The three chairs of JPP Heerlen (Vera's personal chat is the one she last used), never the owner who gave it up.
        Assert.Equal(3, told.Count);
        Assert.Contains("a:wim", told.Select(m => m.ConversationId));
        Assert.DoesNotContain("a:politie", told.Select(m => m.ConversationId));
        Assert.All(told, m => Assert.Matches("^Een actiepunt bij casus PMG-J-0017 \\(uiterlijk [0-9]{1,2} [a-z]+ 20[0-9]{2}\\) is niet mogelijk\\.$",
            JsonNode.Parse(m.ActivityJson)!["text"]!.GetValue<string>()));
    }

    [Fact]
    public async Task MyActionsAndJppActions_OwnOpenItemsAndTheChairsOverview()
    {
        var items = await RecordAsync();
        await ChairCalls.InvokeAsync(App, ActionVerbs.CompleteItem, new JsonObject { ["itemId"] = items[1], ["version"] = 0 }, TestDirectory.Politie);

        var mine = await ChairCalls.InvokeAsync(App, ActionVerbs.MyActions, new JsonObject(), TestDirectory.Casusregisseur);
        var police = await ChairCalls.InvokeAsync(App, ActionVerbs.MyActions, new JsonObject(), TestDirectory.Politie);
        var jpp = await ChairCalls.InvokeAsync(App, ActionVerbs.JppActions, new JsonObject(), TestDirectory.VoorzitterHeerlen);
        var notChair = await ChairCalls.InvokeAsync(App, ActionVerbs.JppActions, new JsonObject(), TestDirectory.Politie);

        Assert.Contains("Gesprek met ouders plannen", mine.TextRuns);
        Assert.Contains("Je hebt geen open actiepunten.", police.TextBlocks);
        Assert.Contains("Open (1)", jpp.TextBlocks);
        Assert.Contains(jpp.TextBlocks, t => t.StartsWith("Afgehandeld sinds het laatste overleg (", StringComparison.Ordinal) && t.EndsWith(": 1", StringComparison.Ordinal));
        Assert.Contains("Stopgesprek houden", jpp.TextRuns);
        Assert.Equal(PmgBot.Core.Turns.NotAllowed.Text, notChair.Message);
    }

    /// <summary>
    /// PMG-J-0017 on the agenda of a meeting that started an hour ago; the owners and the chair have a personal chat with
    /// the bot; the chair records vervolg with two items (Cas Regie, Paula Politie). Returns the item ids.
    /// </summary>
    private async Task<IReadOnlyList<long>> RecordAsync()
    {
        await App.PostAndWaitAsync(TestActivities.Message("help", TestDirectory.Casusregisseur, conversation: "a:casusregisseur"));
        await App.PostAndWaitAsync(TestActivities.Message("help", TestDirectory.Politie, conversation: "a:politie"));
        await App.PostAndWaitAsync(TestActivities.Message("help", TestDirectory.VoorzitterHeerlen, conversation: "a:vera"));
        var youthId = await ChairYouths.InsertDefaultAsync(App);
        var now = App.Services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var meetingId = await App.QueryAsync(async db =>
        {
            var meeting = new JppMeeting { JppId = "jpp-heerlen", StartsAtUtc = now.AddHours(-1) };
            db.JppMeetings.Add(meeting);
            await db.SaveChangesAsync();
            db.Set<MeetingAgendaItem>().Add(new MeetingAgendaItem
            {
                MeetingId = meeting.Id, YouthId = youthId, Sources = AgendaItemSources.Chair, Status = AgendaItemStatus.Active, AddedAtUtc = now.AddDays(-7),
            });
            await db.SaveChangesAsync();
            return meeting.Id;
        });
        string Date(int days) => DateOnly.FromDateTime(now.AddDays(days)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var answer = await ChairCalls.InvokeAsync(App, ActionVerbs.RecordDecision, new JsonObject
        {
            ["code"] = "PMG-J-0017",
            ["meetingId"] = meetingId,
            ["version"] = 0,
            [DecisionFields.Decision] = "vervolg",
            [DecisionFields.Casusregisseur] = TestDirectory.Casusregisseur,
            [DecisionFields.NextReview] = Date(60),
            [DecisionFields.ItemOwner(1)] = TestDirectory.Casusregisseur,
            [DecisionFields.ItemWhat(1)] = "Gesprek met ouders plannen",
            [DecisionFields.ItemDueDate(1)] = Date(14),
            [DecisionFields.ItemOwner(2)] = TestDirectory.Politie,
            [DecisionFields.ItemWhat(2)] = "Stopgesprek houden",
            [DecisionFields.ItemDueDate(2)] = Date(21),
        }, TestDirectory.VoorzitterHeerlen);
        Assert.Contains(DecisionMessages.Recorded(2), answer.TextBlocks);
        return await App.QueryAsync(async db => (IReadOnlyList<long>)await db.Set<ActionItem>().OrderBy(i => i.Id).Select(i => i.Id).ToListAsync());
    }
}
