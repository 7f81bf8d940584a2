using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PmgBot.Bot.Protocol;
using PmgBot.Bot.Routing;
using PmgBot.Core.Inbox;
using PmgBot.Core.Outbox;

namespace PmgBot.Tests.Integration;

/// <summary>
/// The turn pipeline through the real endpoint: every accepted turn is in the inbox before the 202 and done after
/// its turn; malformed required fields are refused with 400 before anything is stored; a turn whose reply and error
/// reply both throw never ends a worker; a redelivery is recognised by the inbox after the in-memory key is gone;
/// an inbox that cannot be written answers 503; one busy chat never holds the workers.
/// </summary>
public sealed class TurnPipelineTests : BotAppTest
{
    [Fact]
    public async Task Post_Message_StoredBeforeTheAnswerThenDoneWithTheBodyErased()
    {
        var activity = TestActivities.Message("help");

        using var response = await App.PostAndWaitAsync(activity);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var turn = Assert.Single(await InboxRowsAsync());
        Assert.Equal((InboxStatus.Done, "", InboxKeys.Turn(DateTimeOffset.Parse(activity["timestamp"]!.GetValue<string>(), CultureInfo.InvariantCulture), TestActivities.PersonalConversation, activity["id"]!.GetValue<string>())),
            (turn.Status, turn.ActivityJson, turn.DedupKey));
        Assert.Single(App.Connector.Calls);
    }

    public static TheoryData<string, string, string?> MalformedFields => new()
    {
        { "", "id", " " },
        { "", "id", "" },
        { "", "id", "abc\u0001def" },
        { "conversation", "id", "" },
        { "conversation", "id", LoneSurrogate },
        { "", "serviceUrl", "" },
        { "", "serviceUrl", "not a url" },
        { "", "serviceUrl", "ftp://smba.trafficmanager.net/emea/" },
        { "from", "id", " " },
        { "from", "id", null },
        { "", "channelId", null },
    };

    /// <summary>Stands for the JSON escape <c>\ud800</c> (a lone surrogate) in the body as sent.</summary>
    private const string LoneSurrogate = "LONE-SURROGATE";

    [Theory]
    [MemberData(nameof(MalformedFields))]
    public async Task Post_RequiredFieldBlankOrMalformed_400AndNothingStoredOrSent(string parent, string field, string? value)
    {
        foreach (var activity in new[] { TestActivities.Message("help"), TestActivities.Invoke("menu.open") })
        {
            var target = parent == "" ? activity : activity[parent]!.AsObject();
            target[field] = value;

            using var response = await App.PostRawAsync(activity.ToJsonString().Replace(LoneSurrogate, "a:\\ud800broken", StringComparison.Ordinal));

            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        }

        await App.WaitForIdleAsync();
        Assert.Empty(await InboxRowsAsync());
        Assert.Empty(App.Connector.Calls);
    }

    [Fact]
    public async Task Turns_ReplyAndErrorReplyThrow_EveryWorkerSurvivesAndAnswersAfterwards()
    {
        var workers = App.Services.GetRequiredService<IOptions<BotEndpointOptions>>().Value.Workers;
        App.Connector.Behaviour = _ => throw new InvalidOperationException("connector broken for this test");

        for (var i = 0; i < workers * 3; i++)
        {
            await App.PostAsync(TestActivities.Message("help", conversation: "a:broken-" + i));
        }

        await App.WaitForIdleAsync();
        App.Connector.Behaviour = null;
        App.Connector.Clear();
        var helps = Enumerable.Range(0, workers).Select(i => TestActivities.Message("help", conversation: "a:after-" + i)).ToList();
        foreach (var help in helps)
        {
            await App.PostAsync(help);
        }

        await App.WaitForIdleAsync();
        await App.WaitForOutboxAsync();
        foreach (var help in helps)
        {
            var conversation = Uri.EscapeDataString(help["conversation"]!["id"]!.GetValue<string>());
            Assert.Single(App.Connector.Calls, c => c.Path.Contains(conversation + "/", StringComparison.Ordinal));
        }

        Assert.All(await InboxRowsAsync(), t => Assert.Equal(InboxStatus.Done, t.Status));
    }

    [Fact]
    public async Task Post_RedeliveryAfterTheInMemoryKeyIsGone_RecognisedByTheInboxAndNotProcessedAgain()
    {
        var activity = TestActivities.Message("help");
        await App.PostAndWaitAsync(activity);

        App.Services.GetRequiredService<ActivityDeduplicator>().Forget($"{TestActivities.PersonalConversation}|{activity["id"]}");
        using var again = await App.PostAndWaitAsync(activity);

        Assert.Equal(HttpStatusCode.Accepted, again.StatusCode);
        Assert.Single(App.Connector.Calls);
        Assert.Single(await InboxRowsAsync());
    }

    [Fact]
    public async Task Post_InboxCannotBeWritten_503NotReadyAndTheRedeliveryIsProcessed()
    {
        using var app = new BotApp();
        var unavailable = new SwitchableInbox();
        using var withInbox = app.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<IInbox>(sp => unavailable.Around(sp))));
        var client = withInbox.CreateClient();
        var activity = TestActivities.Message("help");
        unavailable.Down = true;

        using var refused = await client.PostAsync("/api/messages", Json(activity));
        using var notReady = await client.GetAsync("/readyz");
        unavailable.Down = false;
        using var redelivered = await client.PostAsync("/api/messages", Json(activity));
        using var ready = await client.GetAsync("/readyz");

        Assert.Equal(
            (HttpStatusCode.ServiceUnavailable, HttpStatusCode.ServiceUnavailable, HttpStatusCode.Accepted, HttpStatusCode.OK),
            (refused.StatusCode, notReady.StatusCode, redelivered.StatusCode, ready.StatusCode));
    }

    [Fact]
    public async Task Post_BusyGroupChatAndOtherUsers_NoWorkerWaitsForTheChatsTeamsLimit()
    {
        var others = new[] { TestDirectory.VoorzitterHeerlen, TestDirectory.Casusregisseur, TestDirectory.Politie, TestDirectory.Beheerder };
        var burst = Enumerable.Range(0, 100).Select(_ => App.PostAsync(TestActivities.GroupMessage("help"))).ToList();
        var helps = others.Select(u => App.PostAsync(TestActivities.Message("help", u, conversation: "a:personal-" + u))).ToList();
        foreach (var response in await Task.WhenAll(burst.Concat(helps)))
        {
            Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
            response.Dispose();
        }

        // Every turn is finished although the group chat can take only a few replies a second: its other replies
        // wait in the outbox, not in a worker.
        await App.WaitForIdleAsync();
        var calls = App.Connector.Calls;
        foreach (var user in others)
        {
            Assert.Single(calls, c => c.Path.Contains(Uri.EscapeDataString("a:personal-" + user), StringComparison.Ordinal));
        }

        var waiting = await App.QueryAsync(db => db.OutboxMessages.CountAsync(m => m.ConversationId == TestActivities.GroupConversation && m.Status != OutboxStatus.Sent));
        var sentToGroup = calls.Count(c => c.Path.Contains(Uri.EscapeDataString(TestActivities.GroupConversation), StringComparison.Ordinal));
        Assert.InRange(sentToGroup, 1, 20);
        Assert.Equal(100, sentToGroup + waiting);
        var keys = await App.QueryAsync(db => db.OutboxMessages.Where(m => m.ConversationId == TestActivities.GroupConversation).Select(m => m.DedupKey).ToListAsync());
        Assert.All(keys, k => Assert.StartsWith("reply:", k, StringComparison.Ordinal));
    }

    private static StringContent Json(JsonObject activity) => new(activity.ToJsonString(), System.Text.Encoding.UTF8, "application/json");

    private Task<List<InboxTurn>> InboxRowsAsync() => App.QueryAsync(db => db.InboxTurns.AsNoTracking().ToListAsync());
}
