using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using PmgBot.Core.Audit;
using PmgBot.Core.Features.Actions.Letters;
using PmgBot.Core.Outbox;
using PmgBot.Tests.Features.Chair;
using PmgBot.Tests.Integration;
using PmgBot.Tests.Storage;
using PmgBot.Tests.Support;

namespace PmgBot.Tests.Features.Actions.Letters;

/// <summary>
/// The letter task card stays current (issue 15, as the action item cards): the card carries a Universal Actions
/// refresh for the casusregisseur (the only one who gets it), the refresh shows the stored state to them and "kan ik
/// niet vinden" to anyone else, and after "verstuurd" or "niet verstuurd" the notice's card in the casusregisseur's chat
/// is replaced (PUT) with the current one, once per version.
/// </summary>
[Collection(PostgresServerCollection.Name)]
public sealed class LetterCardRefreshTests(PostgresServer postgres)
{
    [Fact]
    public async Task Notice_SentCard_RefreshesForTheCasusregisseurWithTheOpenVerb()
    {
        await using var letters = await LetterApp.StartAsync(StorageProvider.Sqlite, postgres);

        var message = await letters.App.QueryAsync(db => db.OutboxMessages.SingleAsync(m => m.DedupKey == LetterTaskNotifier.NewKey(letters.TaskId)));

        var refresh = JsonNode.Parse(message.ActivityJson)!["attachments"]![0]!["content"]!["refresh"]!;
        Assert.Equal(["29:" + TestDirectory.Casusregisseur], refresh["userIds"]!.AsArray().Select(u => u!.GetValue<string>()));
        Assert.Equal((LetterVerbs.Open, letters.TaskId), (refresh["action"]!["verb"]!.GetValue<string>(), refresh["action"]!["data"]!["taskId"]!.GetValue<long>()));
    }

    [Theory]
    [MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task NotSent_AfterTheNoticeWasSent_TheCardInTheCasusregisseursChatIsReplacedOnce(StorageProvider provider)
    {
        await using var letters = await LetterApp.StartAsync(provider, postgres);
        await letters.App.WaitForOutboxAsync();
        var notice = await letters.App.QueryAsync(db => db.OutboxMessages.SingleAsync(m => m.DedupKey == LetterTaskNotifier.NewKey(letters.TaskId)));
        JsonObject Data() => new() { ["taskId"] = letters.TaskId, ["version"] = 0, [LetterTaskFields.NotSentReason] = "Ouders zijn verhuisd." };

        await ChairCalls.InvokeAsync(letters.App, LetterVerbs.NotSent, Data(), TestDirectory.Casusregisseur);
        var again = await ChairCalls.InvokeAsync(letters.App, LetterVerbs.NotSent, Data(), TestDirectory.Casusregisseur);
        await letters.App.WaitForOutboxAsync();

        Assert.Contains(LetterTexts.Stale, again.TextBlocks);
        var replacement = await letters.App.QueryAsync(db => db.OutboxMessages.SingleAsync(m => m.ReplacesMessageId != null));
        Assert.Equal((notice.Id, $"letter-task:{letters.TaskId}:v1:replaces:{notice.Id:N}"), (replacement.ReplacesMessageId!.Value, replacement.DedupKey));
        var put = Assert.Single(letters.App.Connector.Calls, c => c.Method == "PUT");
        Assert.EndsWith("/v3/conversations/" + Uri.EscapeDataString("a:casusregisseur") + "/activities/" + notice.SentActivityId, put.Path, StringComparison.Ordinal);
        Assert.Equal("Notificatiebrief casus PMG-J-0017: niet verstuurd.", put.Text);
        Assert.Contains("Niet verstuurd (vastgelegd door Cas Regie op ", put.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain(LetterVerbs.NotSent, put.AllText, StringComparison.Ordinal);
        Assert.Contains(LetterVerbs.Open, put.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sent_CasusregisseurSpeaksEnglish_TheReplacementInEnglish()
    {
        await using var letters = await LetterApp.StartAsync(StorageProvider.Sqlite, postgres, casusregisseurLocale: "en-GB");
        await letters.App.WaitForOutboxAsync();
        var today = (await letters.App.QueryAsync(db => db.Set<LetterTask>().SingleAsync())).CreatedAtUtc;
        var day = DateOnly.FromDateTime(PmgBot.Core.Time.AmsterdamTime.ToLocal(today)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        // The click itself comes in Dutch (another Teams client): the chat's card follows the receiver's stored language.
        await ChairCalls.InvokeAsync(letters.App, LetterVerbs.Sent,
            new JsonObject { ["taskId"] = letters.TaskId, ["version"] = 0, [LetterTaskFields.Addressee] = "ouders", [LetterTaskFields.SentOn] = day }, TestDirectory.Casusregisseur);
        await letters.App.WaitForOutboxAsync();

        var put = Assert.Single(letters.App.Connector.Calls, c => c.Method == "PUT");
        Assert.Equal("Notification letter, case PMG-J-0017: sent.", put.Text);
        Assert.Contains("Sent to the parents or carers on ", put.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Open_RefreshAfterTheChange_CurrentStateForTheCasusregisseurNotFoundForOthers()
    {
        await using var letters = await LetterApp.StartAsync(StorageProvider.Sqlite, postgres);
        await ChairCalls.InvokeAsync(letters.App, LetterVerbs.NotSent,
            new JsonObject { ["taskId"] = letters.TaskId, ["version"] = 0, [LetterTaskFields.NotSentReason] = "Ouders zijn verhuisd." }, TestDirectory.Casusregisseur);

        var mine = await ChairCalls.InvokeAsync(letters.App, LetterVerbs.Open, new JsonObject { ["taskId"] = letters.TaskId }, TestDirectory.Casusregisseur);
        var chair = await ChairCalls.InvokeAsync(letters.App, LetterVerbs.Open, new JsonObject { ["taskId"] = letters.TaskId }, TestDirectory.VoorzitterHeerlen);
        var unknown = await ChairCalls.InvokeAsync(letters.App, LetterVerbs.Open, new JsonObject { ["taskId"] = letters.TaskId + 1000 }, TestDirectory.Casusregisseur);

        Assert.Contains(mine.TextRuns, t => t.StartsWith("Niet verstuurd (vastgelegd door Cas Regie op ", StringComparison.Ordinal));
        Assert.Contains("Ouders zijn verhuisd.", mine.TextRuns);
        Assert.False(mine.HasInput(LetterTaskFields.NotSentReason));
        Assert.Equal(LetterTexts.NotFound, chair.Message);
        Assert.Equal(LetterTexts.NotFound, unknown.Message);
    }

    [Theory]
    [MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task NotSent_YouthHasAnotherCasusregisseurSince_RecordedNoReplacementNoReadAuditedForTheFormerOne(StorageProvider provider)
    {
        await using var letters = await LetterApp.StartAsync(provider, postgres);
        await letters.App.WaitForOutboxAsync();
        var task = await letters.TaskAsync();
        await letters.App.QueryAsync(db => db.Set<PmgBot.Core.Register.Youth>().Where(y => y.Id == task.YouthId)
            .ExecuteUpdateAsync(y => y.SetProperty(x => x.CasusregisseurId, TestDirectory.ProcesregisseurHeerlen)));
        var auditsBefore = await letters.App.QueryAsync(db => db.AuditEvents.CountAsync(a => a.Action == LetterAuditActions.View && a.Actor == TestDirectory.Casusregisseur));

        await ChairCalls.InvokeAsync(letters.App, LetterVerbs.NotSent,
            new JsonObject { ["taskId"] = letters.TaskId, ["version"] = 0, [LetterTaskFields.NotSentReason] = "Ouders zijn verhuisd." }, TestDirectory.ProcesregisseurHeerlen);
        await letters.App.WaitForOutboxAsync();

        Assert.Equal(LetterTaskState.NietVerstuurd, (await letters.TaskAsync()).State);
        Assert.Equal(auditsBefore, await letters.App.QueryAsync(db => db.AuditEvents.CountAsync(a => a.Action == LetterAuditActions.View && a.Actor == TestDirectory.Casusregisseur)));
        Assert.DoesNotContain(letters.App.Connector.Calls, c => c.Method == "PUT");
    }
}
