using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using PmgBot.Core.Features.Reports;
using PmgBot.Core.Outbox;
using PmgBot.Core.Register;
using PmgBot.Core.Turns;
using PmgBot.Tests.Integration;

namespace PmgBot.Tests.Features.Screening;

/// <summary>Invoking screening verbs and reading what came back or was stored.</summary>
internal static class ScreeningAsserts
{
    /// <summary>Posts an Action.Execute invoke and returns the invoke response body ({statusCode, type, value}); after a report submit, once its follow-up ran.</summary>
    public static async Task<JsonNode> InvokeAsync(this BotApp app, string verb, string user, JsonObject data)
    {
        var response = await app.CreateClient().PostAsJsonAsync("/api/messages", ScreeningData.Invoke(verb, user, data));
        response.EnsureSuccessStatusCode();
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        if (verb == ReportVerbs.SubmitReport)
        {
            // A stored report is matched and announced by the follow-up job right after the answer.
            await app.WaitForReportFollowUpsAsync();
        }

        return body;
    }

    public static JsonObject Card(this JsonNode body)
    {
        Assert.Equal("application/vnd.microsoft.card.adaptive", body["type"]!.GetValue<string>());
        return body["value"]!.AsObject();
    }

    public static string Message(this JsonNode body)
    {
        Assert.Equal("application/vnd.microsoft.activity.message", body["type"]!.GetValue<string>());
        return body["value"]!.GetValue<string>();
    }

    /// <summary>Every TextRun text of the card.</summary>
    public static List<string> TextRuns(this JsonNode card) =>
        Descendants(card).Where(o => (string?)o["type"] == "TextRun").Select(o => o["text"]!.GetValue<string>()).ToList();

    /// <summary>The verbs of every Action.Execute in the card (body and actions, not the refresh).</summary>
    public static List<string> Verbs(this JsonObject card) =>
        Descendants(card).Where(o => (string?)o["type"] == "Action.Execute" && !IsRefresh(o))
            .Select(o => o["verb"]!.GetValue<string>()).ToList();

    /// <summary>Every Action.Execute of the card except the refresh action.</summary>
    public static List<JsonObject> Actions(this JsonObject card) =>
        Descendants(card).Where(o => (string?)o["type"] == "Action.Execute" && !IsRefresh(o)).ToList();

    /// <summary>The titles of the buttons (not the refresh action).</summary>
    public static List<string> ButtonTitles(this JsonObject card) =>
        Descendants(card).Where(o => (string?)o["type"] == "Action.Execute" && !IsRefresh(o)).Select(o => o["title"]!.GetValue<string>()).ToList();

    /// <summary>A snapshot of the business data (reports, youths, outbox) to show that nothing was stored.</summary>
    public static Task<string> SnapshotAsync(this BotApp app) => app.QueryAsync(async db => JsonSerializer.Serialize(new
    {
        Reports = await db.Reports.AsNoTracking().OrderBy(r => r.Id).ToListAsync(),
        Youths = await db.Youths.AsNoTracking().OrderBy(y => y.Id).ToListAsync(),
        Outbox = await db.OutboxMessages.AsNoTracking().OrderBy(m => m.DedupKey).Select(m => m.DedupKey).ToListAsync(),
        Counters = await db.RecordCounters.AsNoTracking().OrderBy(c => c.Scope).ToListAsync(),
    }));

    private static bool IsRefresh(JsonObject action) => action.Parent is JsonObject { } parent && parent.Parent is JsonObject { } grand
        && grand["refresh"] == parent;

    private static IEnumerable<JsonObject> Descendants(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                yield return obj;
                foreach (var (_, value) in obj)
                {
                    foreach (var child in Descendants(value))
                    {
                        yield return child;
                    }
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    foreach (var child in Descendants(item))
                    {
                        yield return child;
                    }
                }

                break;
        }
    }
}
