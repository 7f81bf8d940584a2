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
            // The stored card carries no youth details: the owner gets them when the card is opened (refreshed), after the access check.
            Assert.DoesNotContain("Jan de Vries", card.ToJsonString(), StringComparison.Ordinal);
            Assert.Contains("De gegevens van de jongere zie je als je de kaart opent (na controle van je toegang).", card.ToJsonString(), StringComparison.Ordinal);
        }

        Assert.Equal(2, await App.QueryAsync(db => db.AuditEvents.CountAsync(a => a.Action == ActionAuditActions.ItemNotice && a.Outcome == "success")));
        Assert.Equal(0, await App.CountAuditAsync(ActionAuditActions.ItemView));
    }

    [Fact]
    public async Task OpenItem_OwnerOpensTheSentCard_YouthDetailsShownAndTheReadAuditedThen()
    {
        var items = await RecordAsync();

        var opened = await ChairCalls.InvokeAsync(App, ActionVerbs.OpenItem, new JsonObject { ["itemId"] = items[0] }, TestDirectory.Casusregisseur);

        Assert.Contains("Jan de Vries", opened.TextRuns);
        Assert.DoesNotContain("De gegevens van de jongere zie je als je de kaart opent (na controle van je toegang).", opened.TextBlocks);
        var read = Assert.Single(await App.QueryAsync(db => db.AuditEvents.Where(a => a.Action == ActionAuditActions.ItemView).ToListAsync()));
        Assert.Equal((TestDirectory.Casusregisseur, AuditOutcomes.Success, items[0].ToString(CultureInfo.InvariantCulture), "youth=PMG-J-0017"),
            (read.Actor, read.Outcome, read.RecordId, read.Detail));
    }

    [Fact]
    public async Task CompleteItem_AfterTheCardsWereSent_TheCardInTheOwnersChatIsReplaced()
    {
        var items = await RecordAsync();
        await App.WaitForOutboxAsync();
        var sentId = await SentActivityIdAsync(ActionItemNotifier.NewKey(items[0]));

        await ChairCalls.InvokeAsync(App, ActionVerbs.CompleteItem, new JsonObject { ["itemId"] = items[0], ["version"] = 0 }, TestDirectory.Casusregisseur);
        await App.WaitForOutboxAsync();

        var put = Assert.Single(App.Connector.Calls, c => c.Method == "PUT");
        Assert.EndsWith("/v3/conversations/" + Uri.EscapeDataString("a:casusregisseur") + "/activities/" + sentId, put.Path, StringComparison.Ordinal);
        Assert.Matches("^Actiepunt bij casus PMG-J-0017, uiterlijk [0-9]{1,2} [a-z]+ 20[0-9]{2}: afgerond\\.$", put.Text);
        Assert.Contains("Afgerond door Cas Regie op ", put.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain("Jan de Vries", put.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain(ActionVerbs.CompleteItem, put.AllText, StringComparison.Ordinal);
        // Only the owner's card was sent so far; the other owner's card is about another item.
        Assert.DoesNotContain(App.Connector.Calls, c => c.Method == "PUT" && c.Path.Contains(Uri.EscapeDataString("a:politie"), StringComparison.Ordinal));
    }

    [Fact]
    public async Task CompleteItem_ConnectorThrottlesTheReplacement_ItIsSentAfterRetryAfter()
    {
        var items = await RecordAsync();
        await App.WaitForOutboxAsync();
        var puts = 0;
        App.Connector.Behaviour = request => request.Method == HttpMethod.Put && Interlocked.Increment(ref puts) == 1
            ? new HttpResponseMessage(System.Net.HttpStatusCode.TooManyRequests) { Headers = { RetryAfter = new(TimeSpan.FromSeconds(1)) } }
            : null;

        await ChairCalls.InvokeAsync(App, ActionVerbs.CompleteItem, new JsonObject { ["itemId"] = items[0], ["version"] = 0 }, TestDirectory.Casusregisseur);
        await App.WaitForOutboxAsync();

        Assert.Equal(2, App.Connector.Calls.Count(c => c.Method == "PUT"));
        var replacement = await App.QueryAsync(db => db.OutboxMessages.SingleAsync(m => m.ReplacesMessageId != null));
        Assert.Equal((OutboxStatus.Sent, 2), (replacement.Status, replacement.Attempts));
    }

    [Fact]
    public async Task CompleteItem_ReplacementRefused_TheChangeIsKeptAndTheRefreshShowsIt()
    {
        var items = await RecordAsync();
        await App.WaitForOutboxAsync();
        App.Connector.Behaviour = request => request.Method == HttpMethod.Put ? new HttpResponseMessage(System.Net.HttpStatusCode.NotFound) : null;

        var done = await ChairCalls.InvokeAsync(App, ActionVerbs.CompleteItem, new JsonObject { ["itemId"] = items[0], ["version"] = 0 }, TestDirectory.Casusregisseur);
        await App.WaitForOutboxAsync();
        var refresh = await ChairCalls.InvokeAsync(App, ActionVerbs.OpenItem, new JsonObject { ["itemId"] = items[0] }, TestDirectory.Casusregisseur);

        Assert.Contains(ActionItemMessages.Completed, done.TextBlocks);
        Assert.Equal(OutboxStatus.Failed, await App.QueryAsync(db => db.OutboxMessages.Where(m => m.ReplacesMessageId != null).Select(m => m.Status).SingleAsync()));
        Assert.Equal(ActionItemState.Afgerond, await App.QueryAsync(db => db.Set<ActionItem>().Where(i => i.Id == items[0]).Select(i => i.State).SingleAsync()));
        Assert.Contains(refresh.TextRuns, t => t.StartsWith("Afgerond door Cas Regie op ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Reassign_OwnerDeactivated_ChairHandsItOverAndTheNewOwnerGetsTheCard()
    {
        var items = await RecordAsync();
        await App.QueryAsync(async db =>
        {
            var police = await db.Professionals.SingleAsync(p => p.AadObjectId == TestDirectory.Politie);
            police.Active = false;
            return await db.SaveChangesAsync();
        });

        var chairView = await ChairCalls.InvokeAsync(App, ActionVerbs.OpenItem, new JsonObject { ["itemId"] = items[1] }, TestDirectory.VoorzitterHeerlen);
        var byOwner = await ChairCalls.InvokeAsync(App, ActionVerbs.ReassignItem,
            new JsonObject { ["itemId"] = items[1], ["version"] = 0, [ActionItemFields.NewOwner] = TestDirectory.Casusregisseur }, TestDirectory.Casusregisseur,
            conversation: "a:casusregisseur");
        var unknown = await ChairCalls.InvokeAsync(App, ActionVerbs.ReassignItem,
            new JsonObject { ["itemId"] = items[1], ["version"] = 0, [ActionItemFields.NewOwner] = TestDirectory.Stranger }, TestDirectory.VoorzitterHeerlen);
        var handed = await ChairCalls.InvokeAsync(App, ActionVerbs.ReassignItem,
            new JsonObject { ["itemId"] = items[1], ["version"] = 0, [ActionItemFields.NewOwner] = TestDirectory.Casusregisseur }, TestDirectory.VoorzitterHeerlen);
        var again = await ChairCalls.InvokeAsync(App, ActionVerbs.ReassignItem,
            new JsonObject { ["itemId"] = items[1], ["version"] = 0, [ActionItemFields.NewOwner] = TestDirectory.Casusregisseur }, TestDirectory.VoorzitterHeerlen);

        Assert.True(chairView.HasInput(ActionItemFields.NewOwner));
        Assert.Contains("Paula Politie (niet meer actief)", chairView.TextRuns);
        Assert.Contains(ActionItemMessages.OnlyChairReassigns, byOwner.TextBlocks);
        Assert.Contains(ActionItemMessages.ChooseNewOwner, unknown.TextBlocks);
        Assert.Contains(ActionItemMessages.Reassigned, handed.TextBlocks);
        Assert.False(handed.HasInput(ActionItemFields.NewOwner));
        Assert.Contains(ActionItemMessages.Stale, again.TextBlocks);
        var item = await App.QueryAsync(db => db.Set<ActionItem>().SingleAsync(i => i.Id == items[1]));
        Assert.Equal((TestDirectory.Casusregisseur, 1), (item.OwnerId, item.Version));
        var change = await App.QueryAsync(db => db.Set<ActionItemChange>().SingleAsync(c => c.ActionItemId == items[1]));
        Assert.Equal((TestDirectory.Casusregisseur, TestDirectory.VoorzitterHeerlen, ActionItemState.Open), (change.NewOwnerId, change.ChangedById, change.State));
        var audit = await App.QueryAsync(db => db.AuditEvents.Where(a => a.Action == ActionAuditActions.ItemReassign).OrderBy(a => a.Id).ToListAsync());
        Assert.Equal([AuditOutcomes.Rejected, AuditOutcomes.Rejected, AuditOutcomes.Success, AuditOutcomes.Rejected], audit.Select(a => a.Outcome));
        Assert.Equal($"youth=PMG-J-0017 from={TestDirectory.Politie} to={TestDirectory.Casusregisseur}", audit[2].Detail);
        var key = "action-item:" + items[1].ToString(CultureInfo.InvariantCulture) + ":v1:owner";
        var card = await App.QueryAsync(db => db.OutboxMessages.SingleAsync(m => m.DedupKey == key));
        Assert.Equal("a:casusregisseur", card.ConversationId);
        Assert.Matches("^Een actiepunt bij casus PMG-J-0017 is aan jou overgedragen, uiterlijk [0-9]{1,2} [a-z]+ 20[0-9]{2}\\.$",
            JsonNode.Parse(card.ActivityJson)!["text"]!.GetValue<string>());
        var mine = await ChairCalls.InvokeAsync(App, ActionVerbs.MyActions, new JsonObject(), TestDirectory.Casusregisseur);
        Assert.Contains("Stopgesprek houden", mine.TextRuns);
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

    private Task<string?> SentActivityIdAsync(string dedupKey) =>
        App.QueryAsync(db => db.OutboxMessages.Where(m => m.DedupKey == dedupKey).Select(m => m.SentActivityId).SingleAsync());

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
