using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PmgBot.Bot.Routing;
using PmgBot.Core.Features.Chair;
using PmgBot.Core.Features.Directory;
using PmgBot.Core.Features.Reports;
using PmgBot.Core.Register;
using PmgBot.Core.Turns;
using PmgBot.Tests.Features.Reports;
using PmgBot.Tests.Integration;
using Xunit.Abstractions;

namespace PmgBot.Tests.Protocol;

/// <summary>
/// Runs the malformed activities of <see cref="MalformedActivityGenerator"/> through the real endpoint of a
/// <see cref="BotApp"/>, one after another, and checks every one: no HTTP 5xx, an invoke answer (if any) is JSON with a
/// statusCode below 500, an accepted activity (202) is processed to the end without a failed turn (no "Er ging iets
/// mis" reply, no error log). A run that stalls (the turn workers stopped) ends early. Afterwards: liveness,
/// readiness, the follow-up job caught up, and <c>help</c> still gets the menu. Writes the figures and every failure
/// to the test output; <see cref="Verify"/> fails the test with a report of every failed case.
/// </summary>
internal sealed class EndpointFuzzer(BotApp app, ITestOutputHelper output)
{
    private const string GenericError = "Er ging iets mis";

    private readonly List<string> _failures = [];
    private readonly List<string> _healthProblems = [];
    private string _summary = "";

    /// <summary>Seeds records, sends <paramref name="count"/> cases of <paramref name="seed"/>, then checks the host.</summary>
    public async Task RunAsync(int seed, int count)
    {
        var targets = await SeedRecordsAsync();
        using var client = app.CreateClient();
        var queue = app.Services.GetRequiredService<TurnQueue>();
        var statuses = new SortedDictionary<int, int>();
        var answers = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var callsSeen = app.Connector.Calls.Count;
        var logsSeen = app.Logs.Events.Count;
        var sent = 0;
        var stopwatch = Stopwatch.StartNew();

        foreach (var fuzz in new MalformedActivityGenerator(seed, targets).Generate(count))
        {
            sent++;
            var problems = new List<string>();
            using var content = new ByteArrayContent(fuzz.Body);
            if (fuzz.ContentType is not null)
            {
                content.Headers.TryAddWithoutValidation("Content-Type", fuzz.ContentType);
            }

            using var response = await client.PostAsync("/api/messages", content);
            var status = (int)response.StatusCode;
            statuses[status] = statuses.GetValueOrDefault(status) + 1;
            if (status >= 500)
            {
                problems.Add($"HTTP {status}");
            }

            var answer = await response.Content.ReadAsByteArrayAsync();
            if (answer.Length > 0)
            {
                problems.AddRange(InvokeAnswerProblems(answer));
                var kind = AnswerKind(answer);
                answers[kind] = answers.GetValueOrDefault(kind) + 1;
            }

            var stalled = status == 202 && !await IdleAsync(queue);
            if (stalled)
            {
                problems.Add("the accepted activity was not processed within 10 s: the turn workers stopped");
            }

            var calls = app.Connector.Calls;
            problems.AddRange(calls.Skip(callsSeen).Where(c => c.AllText.Contains(GenericError, StringComparison.Ordinal))
                .Select(c => $"reply '{GenericError} …' sent to {c.Path}"));
            callsSeen = calls.Count;
            var logs = app.Logs.Events.ToList();
            problems.AddRange(logs.Skip(logsSeen).Where(e => e.Level >= LogLevel.Error)
                .Select(e => $"{e.Level} log {e.EventId}: {FirstLine(e.Message)}"));
            logsSeen = logs.Count;

            if (problems.Count > 0)
            {
                _failures.Add(Describe(fuzz, status, problems));
            }

            if (stalled)
            {
                break;
            }
        }

        var fuzzTime = stopwatch.Elapsed;
        var codes = string.Join(", ", statuses.Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Key} × {s.Value}")));
        _summary = string.Create(CultureInfo.InvariantCulture,
            $"{sent} of {count} activities sent (seed {seed}) in {fuzzTime.TotalSeconds:F1} s; status codes: {codes}; {_failures.Count} failed");
        output.WriteLine(_summary);
        output.WriteLine("invoke answers: " + string.Join(", ", answers.Select(a => string.Create(CultureInfo.InvariantCulture, $"{a.Key} × {a.Value}"))));
        foreach (var failure in _failures)
        {
            output.WriteLine(failure);
        }

        _healthProblems.AddRange(await HealthProblemsAsync(client, queue));
        output.WriteLine(_healthProblems.Count == 0 ? "host healthy afterwards" : "host NOT healthy afterwards: " + string.Join("; ", _healthProblems));
    }

    /// <summary>Fails with the report when any case failed or the host was not healthy afterwards.</summary>
    public void Verify() => Assert.True(_failures.Count == 0 && _healthProblems.Count == 0, Report());

    /// <summary>An invoke answer must be JSON; when it carries a statusCode, it is below 500 and the text is not the generic error.</summary>
    private static IEnumerable<string> InvokeAnswerProblems(byte[] answer)
    {
        JsonNode? body;
        try
        {
            body = JsonNode.Parse(answer);
        }
        catch (JsonException)
        {
            return ["the answer body is not JSON"];
        }

        var problems = new List<string>();
        if (body is JsonObject obj && obj["statusCode"] is JsonValue code && code.TryGetValue<int>(out var statusCode) && statusCode >= 500)
        {
            problems.Add($"invoke answer with statusCode {statusCode}");
        }

        if (Encoding.UTF8.GetString(answer).Contains(GenericError, StringComparison.Ordinal))
        {
            problems.Add($"invoke answer '{GenericError} …'");
        }

        return problems;
    }

    /// <summary>"card", "message", or "error 4xx" of an invoke answer (for the run's summary).</summary>
    private static string AnswerKind(byte[] answer)
    {
        try
        {
            var body = JsonNode.Parse(answer) as JsonObject;
            var type = body?["type"] is JsonValue t && t.TryGetValue<string>(out var text) ? text : "?";
            return type switch
            {
                "application/vnd.microsoft.card.adaptive" => "card",
                "application/vnd.microsoft.activity.message" => "message",
                "application/vnd.microsoft.error" => "error " + body?["statusCode"]?.ToJsonString(),
                _ => type,
            };
        }
        catch (JsonException)
        {
            return "not JSON";
        }
    }

    private static async Task<bool> IdleAsync(TurnQueue queue)
    {
        for (var i = 0; i < 2_000 && queue.Pending > 0; i++)
        {
            await Task.Delay(5);
        }

        return queue.Pending == 0;
    }

    /// <summary>After the run: liveness, readiness, the follow-up job caught up, and <c>help</c> still gets the menu.</summary>
    private async Task<List<string>> HealthProblemsAsync(HttpClient client, TurnQueue queue)
    {
        var problems = new List<string>();
        foreach (var path in new[] { "/healthz", "/readyz" })
        {
            var status = (int)(await client.GetAsync(path)).StatusCode;
            if (status != 200)
            {
                problems.Add($"{path} answered {status}");
            }
        }

        var before = app.Connector.Calls.Count;
        var help = TestActivities.Message("help", conversation: "a:fuzz-after", id: "fuzz-after");
        var helpStatus = (int)(await app.PostAsync(help)).StatusCode;
        var menu = await IdleAsync(queue) && app.Connector.Calls.Skip(before).Any(c => c.Card is not null && c.AllText.Contains(DirectoryVerbs.MyDetails, StringComparison.Ordinal));
        if (helpStatus != 202 || !menu)
        {
            problems.Add($"'help' answered {helpStatus} and {(menu ? "got" : "did not get")} the menu card");
        }

        var waiting = await app.QueryAsync(db => db.Reports.CountAsync(r => r.FollowUpDueAtUtc != null));
        for (var i = 0; i < 500 && waiting > 0; i++)
        {
            await Task.Delay(10);
            waiting = await app.QueryAsync(db => db.Reports.CountAsync(r => r.FollowUpDueAtUtc != null));
        }

        if (waiting > 0)
        {
            problems.Add($"{waiting} report follow-ups still due after 5 s");
        }

        return problems;
    }

    /// <summary>Stores a youth report and a group report (and their follow-up), so the fuzzed verbs find real records.</summary>
    private async Task<FuzzTargets> SeedRecordsAsync()
    {
        foreach (var data in new[] { ReportData.ValidYouth(), ReportData.ValidGroup() })
        {
            var response = await app.PostAsync(TestActivities.Invoke(ReportVerbs.SubmitReport, data, conversation: "a:fuzz-seed"));
            Assert.Contains("Melding ontvangen", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        await app.WaitForReportFollowUpsAsync();
        var codes = await app.QueryAsync(async db =>
            (await db.Reports.Select(r => r.Reference).ToListAsync()).Concat(await db.Youths.Select(y => y.Code).ToListAsync()).ToList());
        Assert.Equal(3, codes.Count);
        app.Connector.Clear();

        var verbs = BotRoutes.Create(development: true).Routes.Where(r => r.Kind == RouteKind.Verb).Select(r => r.Key).Distinct().ToList();
        var fields = ConstantsOf(typeof(ReportFields)).Concat(ConstantsOf(typeof(YouthRecordFields)))
            .Concat(["code", "version", "decision", "resolution", "referralTarget", "referralNote", "noActionReason", "name", "dateOfBirth", "source", "role", "meeting"])
            .Distinct().ToList();
        var users = ConstantsOf(typeof(TestDirectory)).Where(v => Guid.TryParse(v, out _)).ToList();
        return new FuzzTargets(verbs, fields, users, TestDirectory.VoorzitterHeerlen, codes);
    }

    private static IEnumerable<string> ConstantsOf(Type type) => type.GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral && f.FieldType == typeof(string)).Select(f => (string)f.GetRawConstantValue()!);

    private static string Describe(FuzzCase fuzz, int status, List<string> problems)
    {
        return $"#{fuzz.Number} {fuzz.Description} (Content-Type {fuzz.ContentType ?? "none"}) → HTTP {status}: {string.Join("; ", problems)}\n"
            + $"    body: {Excerpt(fuzz.Body)}";
    }

    /// <summary>The first 400 bytes, printable ASCII as is, everything else as \xNN.</summary>
    private static string Excerpt(byte[] body)
    {
        var text = new StringBuilder();
        foreach (var b in body.Take(400))
        {
            text.Append(b is >= 0x20 and < 0x7F ? ((char)b).ToString() : string.Create(CultureInfo.InvariantCulture, $"\\x{b:X2}"));
        }

        return body.Length > 400 ? text.Append(CultureInfo.InvariantCulture, $"… ({body.Length} bytes)").ToString() : text.ToString();
    }

    private static string FirstLine(string message) => message.Split('\n')[0];

    private string Report()
    {
        var byFault = _failures.GroupBy(f => f.Contains("[KNOWN FAULT", StringComparison.Ordinal) ? f[(f.IndexOf("[KNOWN FAULT", StringComparison.Ordinal) + 1)..f.IndexOf(']', StringComparison.Ordinal)] : "NOT A KNOWN FAULT")
            .Select(g => $"  {g.Count()} × {g.Key}");
        return _summary + "\n" + string.Join("\n", byFault) + "\n"
            + (_healthProblems.Count > 0 ? "Host afterwards: " + string.Join("; ", _healthProblems) + "\n" : "")
            + string.Join("\n", _failures.Take(40)) + (_failures.Count > 40 ? $"\n… and {_failures.Count - 40} more" : "");
    }
}
