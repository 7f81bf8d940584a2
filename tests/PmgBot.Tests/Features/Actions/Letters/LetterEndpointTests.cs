using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PmgBot.Core.Audit;
using PmgBot.Core.Features.Actions.Letters;
using PmgBot.Core.Outbox;
using PmgBot.Tests.Features.Chair;
using PmgBot.Tests.Integration;
using PmgBot.Tests.Storage;
using PmgBot.Tests.Support;

namespace PmgBot.Tests.Features.Actions.Letters;

/// <summary>
/// The letter task and its download link through the real endpoint, on both providers (<see cref="LetterApp"/>): the
/// casusregisseur's task in personal chat with the case code only in the text, the .docx for the signed-in user the link
/// names, and a Dutch page with 410 or 403 (and one audit row) for an expired, foreign, changed or no longer allowed link.
/// </summary>
[Collection(PostgresServerCollection.Name)]
public sealed class LetterEndpointTests(PostgresServer postgres)
{
    /// <summary>Each refused link: who is signed in, how the link is made, the status, the page's heading, the audit detail.</summary>
    private static readonly Dictionary<string, (string User, Func<LetterApp, Task<string>> Link, HttpStatusCode Status, string Title, string Why)> Refused = new()
    {
        ["expired"] = (TestDirectory.Casusregisseur, app => Task.FromResult(LinkMadeAgo(app, TimeSpan.FromMinutes(16), TestDirectory.Casusregisseur)),
            HttpStatusCode.Gone, "Deze link is verlopen", "expired"),
        ["of another user"] = (TestDirectory.Politie, app => app.LinkAsync("ouders"), HttpStatusCode.Forbidden, "Deze link is niet voor jou", "other-user"),
        ["changed"] = (TestDirectory.Casusregisseur, async app => Changed(await app.LinkAsync("ouders")), HttpStatusCode.Forbidden, "Deze link is niet geldig", "invalid"),
        ["without token"] = (TestDirectory.Casusregisseur, _ => Task.FromResult(LetterLinks.DownloadPath), HttpStatusCode.Forbidden, "Deze link is niet geldig", "invalid"),
        ["for someone not the casusregisseur"] = (TestDirectory.Politie, app => Task.FromResult(LinkMadeAgo(app, TimeSpan.Zero, TestDirectory.Politie)),
            HttpStatusCode.Forbidden, "Je kunt deze brief niet openen", "not-allowed"),
    };

    public static TheoryData<StorageProvider, string> RefusedCases => StorageProviders.With(Refused.Keys);

    [Theory]
    [MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task RecordDecision_FirstDiscussion_CasusregisseurGetsTheTaskWithOnlyTheCodeInTheText(StorageProvider provider)
    {
        await using var letters = await LetterApp.StartAsync(provider, postgres);

        var message = await letters.App.QueryAsync(db => db.OutboxMessages.SingleAsync(m => m.DedupKey == LetterTaskNotifier.NewKey(letters.TaskId)));

        Assert.Equal("a:casusregisseur", message.ConversationId);
        var activity = JsonNode.Parse(message.ActivityJson)!;
        Assert.Equal("Nieuwe taak: notificatiebrief voor casus PMG-J-0017.", activity["text"]!.GetValue<string>());
        Assert.Equal(activity["text"]!.GetValue<string>(), activity["summary"]!.GetValue<string>());
        var card = activity["attachments"]![0]!["content"]!.ToJsonString();
        Assert.Contains("Jan de Vries", card, StringComparison.Ordinal);
        Assert.Contains(LetterVerbs.Draft, card, StringComparison.Ordinal);
        var notice = await letters.App.QueryAsync(db => db.AuditEvents.SingleAsync(a => a.Action == LetterAuditActions.Notice));
        Assert.Equal((TestDirectory.VoorzitterHeerlen, AuditOutcomes.Success), (notice.Actor, notice.Outcome));
    }

    [Theory]
    [MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task Download_ValidLinkOfTheSignedInCasusregisseur_TheDocxForEachAddresseeAndEveryFetchAudited(StorageProvider provider)
    {
        await using var letters = await LetterApp.StartAsync(provider, postgres);

        foreach (var (addressee, expected) in new[] { ("ouders", "Met deze brief laten wij u weten dat wij Jan de Vries bespreken"), ("jongere", "Beste Jan,") })
        {
            var response = await letters.GetAsync(await letters.LinkAsync(addressee), TestDirectory.Casusregisseur);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(LetterDocument.ContentType, response.Content.Headers.ContentType!.MediaType);
            Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
            Assert.Equal($"notificatiebrief-PMG-J-0017-{addressee}.docx", response.Content.Headers.ContentDisposition.FileName);
            Assert.True(response.Headers.CacheControl!.NoStore);
            var text = LetterTaskServiceTests.Paragraphs(await response.Content.ReadAsByteArrayAsync());
            Assert.Contains(text, p => p.Contains(expected, StringComparison.Ordinal));
            Assert.Contains(text, p => p.Contains("Cas Regie", StringComparison.Ordinal));
        }

        var audits = await letters.App.QueryAsync(db => db.AuditEvents.Where(a => a.Action == LetterAuditActions.Download).OrderBy(a => a.Id).ToListAsync());
        Assert.Equal(
            [
                (TestDirectory.Casusregisseur, AuditOutcomes.Success, "code=PMG-J-0017 kind=notificatiebrief round=1 addressee=ouders"),
                (TestDirectory.Casusregisseur, AuditOutcomes.Success, "code=PMG-J-0017 kind=notificatiebrief round=1 addressee=jongere"),
            ],
            audits.Select(a => (a.Actor, a.Outcome, a.Detail)));
        Assert.All(audits, a => Assert.Equal((LetterAuditActions.RecordType, letters.TaskId.ToString(System.Globalization.CultureInfo.InvariantCulture)), (a.RecordType, a.RecordId)));
    }

    [Theory]
    [MemberData(nameof(RefusedCases))]
    public async Task Download_RefusedLink_DutchPageWithItsStatusNoDocumentAndOneAuditRow(StorageProvider provider, string name)
    {
        var (user, link, status, title, why) = Refused[name];
        await using var letters = await LetterApp.StartAsync(provider, postgres);

        var response = await letters.GetAsync(await link(letters), user);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("<html lang=\"nl\">", page, StringComparison.Ordinal);
        Assert.Contains("<h1>" + title + "</h1>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Jan", page, StringComparison.Ordinal);
        var audit = await letters.App.QueryAsync(db => db.AuditEvents.SingleAsync(a => a.Action == LetterAuditActions.Download));
        Assert.Equal((user, AuditOutcomes.Rejected, why), (audit.Actor, audit.Outcome, audit.Detail));
    }

    [Fact]
    public async Task Download_NotSignedIn_TheSchemeIsChallengedAndNothingIsRead()
    {
        await using var letters = await LetterApp.StartAsync(StorageProvider.Sqlite, postgres);

        var response = await letters.GetAsync(await letters.LinkAsync("ouders"), user: null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(0, await letters.App.CountAuditAsync(LetterAuditActions.Download));
    }

    [Theory]
    [InlineData("127.0.0.1", HttpStatusCode.OK, "success")]
    [InlineData("10.1.2.3", HttpStatusCode.Forbidden, "no-sign-in")]
    public async Task Download_AnonymousLocalModeWithoutScheme_OnlyFromThisMachine(string remote, HttpStatusCode expected, string audited)
    {
        await using var letters = await LetterApp.StartAsync(StorageProvider.Sqlite, postgres, signIn: false, remote: IPAddress.Parse(remote));

        var response = await letters.GetAsync(await letters.LinkAsync("ouders"), user: null);

        Assert.Equal(expected, response.StatusCode);
        if (expected != HttpStatusCode.OK)
        {
            Assert.Contains("<h1>Downloaden is hier niet ingesteld</h1>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        var audit = await letters.App.QueryAsync(db => db.AuditEvents.SingleAsync(a => a.Action == LetterAuditActions.Download));
        Assert.Equal(audited, audit.Outcome == AuditOutcomes.Success ? "success" : audit.Detail);
    }

    [Fact]
    public async Task SentAndNotSent_ThroughTheCard_ReasonRequiredThenStoredOnce()
    {
        await using var letters = await LetterApp.StartAsync(StorageProvider.Sqlite, postgres);
        JsonObject Data(string reason) => new() { ["taskId"] = letters.TaskId, ["version"] = 0, [LetterTaskFields.NotSentReason] = reason };

        var missing = await ChairCalls.InvokeAsync(letters.App, LetterVerbs.NotSent, Data(" "), TestDirectory.Casusregisseur);
        var afterMissing = await letters.TaskAsync();
        var done = await ChairCalls.InvokeAsync(letters.App, LetterVerbs.NotSent, Data("Ouders hebben het al gehoord."), TestDirectory.Casusregisseur);
        var again = await ChairCalls.InvokeAsync(letters.App, LetterVerbs.Sent,
            new JsonObject { ["taskId"] = letters.TaskId, ["version"] = 0, [LetterTaskFields.Addressee] = "ouders", [LetterTaskFields.SentOn] = "2026-01-01" },
            TestDirectory.Casusregisseur);
        var other = await ChairCalls.InvokeAsync(letters.App, LetterVerbs.NotSent, Data("Iets."), TestDirectory.Politie);

        Assert.Contains(LetterTexts.Invalid, missing.TextBlocks);
        Assert.Contains(LetterTexts.GiveReason, missing.TextBlocks);
        Assert.Equal((LetterTaskState.Open, 0), (afterMissing.State, afterMissing.Version));
        Assert.Contains(LetterTexts.Recorded(sent: false), done.TextBlocks);
        Assert.False(done.HasInput(LetterTaskFields.NotSentReason));
        Assert.Contains(done.TextRuns, t => t.StartsWith("Niet verstuurd (vastgelegd door Cas Regie op ", StringComparison.Ordinal));
        Assert.Contains(LetterTexts.Stale, again.TextBlocks);
        // Paula Politie's role may keep letters, but she is not this youth's casusregisseur: the task is not found for her.
        Assert.Equal(LetterTexts.NotFound, other.Message);
        var task = await letters.TaskAsync();
        Assert.Equal((LetterTaskState.NietVerstuurd, "Ouders hebben het al gehoord.", 1), (task.State, task.Reason, task.Version));
    }

    [Fact]
    public async Task Commands_CasusregisseurAndOthers_ListComplimentAndTheNotFoundAnswer()
    {
        await using var letters = await LetterApp.StartAsync(StorageProvider.Sqlite, postgres);
        letters.App.Connector.Clear();

        await letters.App.PostAndWaitAsync(TestActivities.Message("brieven", TestDirectory.Casusregisseur, conversation: "a:casusregisseur"));
        await letters.App.PostAndWaitAsync(TestActivities.Message("complimentbrief PMG-J-0017", TestDirectory.Casusregisseur, conversation: "a:casusregisseur"));
        await letters.App.PostAndWaitAsync(TestActivities.Message("complimentbrief PMG-J-0017", TestDirectory.VoorzitterHeerlen, conversation: "a:vera"));
        await letters.App.WaitForOutboxAsync();

        var replies = letters.App.Connector.Calls.Where(c => c.Method == "POST" && c.Body?["type"]?.GetValue<string>() == "message").ToList();
        Assert.Contains(replies, c => c.Text == "Open brieven: notificatiebrief PMG-J-0017. Typ bijvoorbeeld 'notificatiebrief PMG-J-0017' om de brief te openen.");
        Assert.Contains(replies, c => c.Card is { } card && card.ToJsonString().Contains("Complimentbrief casus PMG-J-0017", StringComparison.Ordinal)
            && card.ToJsonString().Contains(LetterTexts.ComplimentMade, StringComparison.Ordinal));
        // A chair of the youth's JPP is not its casusregisseur: the role allows the command, the youth says "not found".
        Assert.Contains(replies, c => c.Text == PmgBot.Core.Turns.NotAllowed.YouthNotFoundText);
        Assert.Equal(2, await letters.App.QueryAsync(db => db.Set<LetterTask>().CountAsync()));
    }

    private static string LinkMadeAgo(LetterApp app, TimeSpan ago, string user)
    {
        var clock = new FixedClock(app.App.Services.GetRequiredService<TimeProvider>().GetUtcNow() - ago);
        var links = new LetterLinks(app.App.Services.GetRequiredService<IDataProtectionProvider>(), clock);
        return LetterLinks.Url(LetterApp.BaseUrl, links.Create(LetterTaskService.LetterId(app.TaskId, LetterAddressee.Ouders), user));
    }

    /// <summary>The link with one character of its token's middle changed.</summary>
    private static string Changed(string link)
    {
        var at = link.IndexOf("?t=", StringComparison.Ordinal) + 3 + 20;
        return link[..at] + (link[at] == 'A' ? 'B' : 'A') + link[(at + 1)..];
    }
}
