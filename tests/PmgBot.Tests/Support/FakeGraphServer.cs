using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging;

namespace PmgBot.Tests.Support;

/// <summary>
/// A fake Microsoft Graph: a real Kestrel server on 127.0.0.1 answering the calendar calls of the bot like Graph
/// does (201 with an id and <c>onlineMeeting.joinUrl</c>, 200 for reads and PATCH, 202 for cancel, getSchedule), and
/// keeping the events it made. It records every request (method, raw path, headers, body) and counts the requests in
/// flight per mailbox. <see cref="Behaviour"/> can answer any call differently (429 with Retry-After, 403, 404, 5xx).
/// </summary>
public sealed partial class FakeGraphServer : IAsyncDisposable
{
    private readonly ConcurrentQueue<FakeGraphRequest> _requests = new();
    private readonly ConcurrentDictionary<string, JsonObject> _events = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _attempts = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _inFlight = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, int> _maxInFlight = new(StringComparer.OrdinalIgnoreCase);
    private readonly Lock _lock = new();
    private WebApplication? _app;
    private int _sequence;
    private int _joinUrls;

    private FakeGraphServer()
    {
    }

    public int Port { get; private set; }

    /// <summary>The base URL for the SDK, version segment included.</summary>
    public string BaseUrl => $"http://127.0.0.1:{Port}/v1.0";

    /// <summary>Decides the answer to a call; null means Graph's default answer.</summary>
    public Func<FakeGraphCall, FakeGraphResponse?> Behaviour { get; set; } = _ => null;

    /// <summary>When set, every request waits for it before it is answered (to hold requests in flight).</summary>
    public Task? Gate { get; set; }

    /// <summary>False: the create answer has no <c>onlineMeeting</c> (Graph sometimes fills it in later); a GET has it.</summary>
    public bool JoinUrlOnCreate { get; set; } = true;

    /// <summary>True: every PATCH of an online meeting gives it a new join link (seen in practice, msgraph-sdk-dotnet #2895).</summary>
    public bool RenewJoinUrlOnPatch { get; set; }

    /// <summary>The organizer calendar's allowedOnlineMeetingProviders; without teamsForBusiness no Teams link is made.</summary>
    public IReadOnlyList<string> AllowedProviders { get; set; } = ["teamsForBusiness"];

    /// <summary>availabilityView per mailbox for getSchedule; a mailbox not listed is free throughout.</summary>
    public ConcurrentDictionary<string, string> Schedules { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Mailboxes getSchedule cannot resolve: answered as an error item.</summary>
    public ConcurrentDictionary<string, bool> UnknownMailboxes { get; } = new(StringComparer.OrdinalIgnoreCase);

    public IReadOnlyList<FakeGraphRequest> Requests => [.. _requests.OrderBy(r => r.Sequence)];

    public IReadOnlyList<FakeGraphRequest> Of(FakeGraphOperation operation) => [.. Requests.Where(r => r.Operation == operation)];

    /// <summary>The most requests that were in flight at once for <paramref name="mailbox"/>.</summary>
    public int MaxInFlight(string mailbox) => _maxInFlight.TryGetValue(mailbox, out var max) ? max : 0;

    public int InFlight(string mailbox) => _inFlight.TryGetValue(mailbox, out var count) ? count : 0;

    /// <summary>An event as the fake holds it now (null when unknown or cancelled).</summary>
    public JsonObject? Event(string id) => _events.TryGetValue(id, out var stored) ? (JsonObject)stored.DeepClone() : null;

    public static async Task<FakeGraphServer> StartAsync()
    {
        var server = new FakeGraphServer();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        app.Run(server.HandleAsync);
        await app.StartAsync().ConfigureAwait(false);
        server._app = app;
        server.Port = new Uri(app.Urls.First()).Port;
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync().ConfigureAwait(false);
            await _app.DisposeAsync().ConfigureAwait(false);
            _app = null;
        }
    }

    private async Task HandleAsync(HttpContext context)
    {
        var received = Stopwatch.GetTimestamp();
        using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
        var body = await reader.ReadToEndAsync(context.RequestAborted).ConfigureAwait(false);
        var rawTarget = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? context.Request.Path.Value ?? string.Empty;
        var (operation, mailbox, eventId) = Classify(context.Request.Method, rawTarget);
        var sequence = Interlocked.Increment(ref _sequence);
        var attempt = _attempts.AddOrUpdate($"{operation}|{mailbox}|{eventId}", 1, (_, n) => n + 1);
        var headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);

        Enter(mailbox);
        FakeGraphResponse response;
        try
        {
            if (Gate is { } gate)
            {
                await gate.ConfigureAwait(false);
            }

            response = Behaviour(new FakeGraphCall(sequence, operation, mailbox, eventId, attempt))
                ?? Answer(operation, mailbox, eventId, body);
        }
        finally
        {
            Leave(mailbox);
        }

        context.Response.StatusCode = response.StatusCode;
        if (response.RetryAfter is not null)
        {
            context.Response.Headers.RetryAfter = response.RetryAfter;
        }

        // Recorded before the answer leaves, so a retry always arrives after RespondedTimestamp.
        _requests.Enqueue(new FakeGraphRequest(
            sequence, operation, context.Request.Method, rawTarget, mailbox, eventId, headers, body, received, Stopwatch.GetTimestamp(), response.StatusCode));
        if (response.Body is not null)
        {
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(response.Body, context.RequestAborted).ConfigureAwait(false);
        }
    }

    private void Enter(string? mailbox)
    {
        if (mailbox is null)
        {
            return;
        }

        lock (_lock)
        {
            var now = _inFlight.AddOrUpdate(mailbox, 1, (_, n) => n + 1);
            _maxInFlight.AddOrUpdate(mailbox, now, (_, max) => Math.Max(max, now));
        }
    }

    private void Leave(string? mailbox)
    {
        if (mailbox is not null)
        {
            lock (_lock)
            {
                _inFlight.AddOrUpdate(mailbox, 0, (_, n) => n - 1);
            }
        }
    }

    private FakeGraphResponse Answer(FakeGraphOperation operation, string? mailbox, string? eventId, string body) => operation switch
    {
        FakeGraphOperation.CreateEvent => Create(mailbox!, body),
        FakeGraphOperation.GetEvent => Find(mailbox!, eventId!) is { } found ? Ok(found) : NotFound(),
        FakeGraphOperation.UpdateEvent => Update(mailbox!, eventId!, body),
        FakeGraphOperation.CancelEvent => Cancel(mailbox!, eventId!),
        FakeGraphOperation.GetCalendar => Ok(new JsonObject
        {
            ["id"] = "calendar-1",
            ["allowedOnlineMeetingProviders"] = new JsonArray([.. AllowedProviders.Select(p => (JsonNode?)JsonValue.Create(p))]),
            ["defaultOnlineMeetingProvider"] = AllowedProviders.FirstOrDefault() ?? "unknown",
        }),
        FakeGraphOperation.GetSchedule => Schedule(body),
        _ => FakeGraphResponse.Error(400, "BadRequest"),
    };

    private FakeGraphResponse Create(string mailbox, string body)
    {
        var created = JsonNode.Parse(body)!.AsObject();
        lock (_lock)
        {
            // Like Graph: the same transactionId in the same mailbox gives back the event made the first time.
            var transactionId = created["transactionId"]?.GetValue<string>();
            var existing = _events.Values.FirstOrDefault(e => transactionId is not null
                && e["transactionId"]?.GetValue<string>() == transactionId
                && string.Equals(e["x-mailbox"]?.GetValue<string>(), mailbox, StringComparison.OrdinalIgnoreCase));
            if (existing is null)
            {
                var id = "AAMkAD-" + Interlocked.Increment(ref _sequence).ToString(CultureInfo.InvariantCulture);
                created["id"] = id;
                created["x-mailbox"] = mailbox;
                if (created["isOnlineMeeting"]?.GetValue<bool>() == true)
                {
                    if (AllowedProviders.Contains("teamsForBusiness"))
                    {
                        created["onlineMeetingProvider"] = "teamsForBusiness";
                        created["onlineMeeting"] = new JsonObject { ["joinUrl"] = NewJoinUrl() };
                    }
                    else
                    {
                        created["onlineMeetingProvider"] = "unknown";
                        created.Remove("onlineMeeting");
                    }
                }

                _events[id] = created;
                existing = created;
            }

            var answer = (JsonObject)existing.DeepClone();
            if (!JoinUrlOnCreate)
            {
                answer.Remove("onlineMeeting");
            }

            return new FakeGraphResponse(201, Serialize(answer));
        }
    }

    private FakeGraphResponse Update(string mailbox, string eventId, string body)
    {
        lock (_lock)
        {
            if (Find(mailbox, eventId) is null)
            {
                return NotFound();
            }

            var stored = _events[eventId];
            foreach (var (name, value) in JsonNode.Parse(body)!.AsObject())
            {
                stored[name] = value?.DeepClone();
            }

            if (RenewJoinUrlOnPatch && stored["onlineMeeting"] is not null)
            {
                stored["onlineMeeting"] = new JsonObject { ["joinUrl"] = NewJoinUrl() };
            }

            return Ok(stored);
        }
    }

    private FakeGraphResponse Cancel(string mailbox, string eventId)
    {
        lock (_lock)
        {
            // Cancelling removes the event from the organizer's calendar: a second cancel or a PATCH is a 404.
            return Find(mailbox, eventId) is null || !_events.TryRemove(eventId, out _) ? NotFound() : new FakeGraphResponse(202);
        }
    }

    private FakeGraphResponse Schedule(string body)
    {
        using var document = JsonDocument.Parse(body);
        var root = document.RootElement;
        var schedules = Property(root, "schedules")!.Value.EnumerateArray().Select(s => s.GetString()!).ToList();
        var start = DateTime.Parse(Property(Property(root, "startTime")!.Value, "dateTime")!.Value.GetString()!, CultureInfo.InvariantCulture);
        var end = DateTime.Parse(Property(Property(root, "endTime")!.Value, "dateTime")!.Value.GetString()!, CultureInfo.InvariantCulture);
        var interval = Property(root, "availabilityViewInterval")?.GetInt32() ?? 30;
        var slots = (int)Math.Ceiling((end - start).TotalMinutes / interval);
        var value = new JsonArray();
        foreach (var schedule in schedules)
        {
            value.Add(UnknownMailboxes.ContainsKey(schedule)
                ? new JsonObject
                {
                    ["scheduleId"] = schedule,
                    ["availabilityView"] = string.Empty,
                    ["error"] = new JsonObject { ["message"] = $"The mailbox {schedule} could not be found.", ["responseCode"] = "ErrorMailboxNotFound" },
                }
                : new JsonObject
                {
                    ["scheduleId"] = schedule,
                    ["availabilityView"] = Schedules.TryGetValue(schedule, out var view) ? view : new string('0', slots),
                    // Graph sends the appointments too; the bot must not use them (they carry subjects).
                    ["scheduleItems"] = new JsonArray(new JsonObject { ["status"] = "busy", ["subject"] = "Private appointment of " + schedule }),
                });
        }

        return Ok(new JsonObject { ["value"] = value });
    }

    private JsonObject? Find(string mailbox, string eventId) =>
        _events.TryGetValue(eventId, out var stored)
        && string.Equals(stored["x-mailbox"]?.GetValue<string>(), mailbox, StringComparison.OrdinalIgnoreCase)
            ? stored
            : null;

    private string NewJoinUrl() =>
        "https://teams.microsoft.com/l/meetup-join/fake-" + Interlocked.Increment(ref _joinUrls).ToString(CultureInfo.InvariantCulture);

    private static FakeGraphResponse Ok(JsonObject value) => new(200, Serialize(value));

    private static FakeGraphResponse NotFound() => FakeGraphResponse.Error(404, "ErrorItemNotFound");

    private static string Serialize(JsonObject value)
    {
        var copy = (JsonObject)value.DeepClone();
        copy.Remove("x-mailbox");
        return copy.ToJsonString();
    }

    private static JsonElement? Property(JsonElement element, string name) =>
        element.EnumerateObject().Where(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase)).Select(p => (JsonElement?)p.Value).FirstOrDefault();

    private static (FakeGraphOperation Operation, string? Mailbox, string? EventId) Classify(string method, string rawTarget)
    {
        var path = rawTarget.Split('?', 2)[0];
        var match = Route().Match(path);
        if (!match.Success)
        {
            return (FakeGraphOperation.Unknown, null, null);
        }

        var mailbox = Uri.UnescapeDataString(match.Groups["mailbox"].Value);
        var eventId = match.Groups["event"].Success ? Uri.UnescapeDataString(match.Groups["event"].Value) : null;
        var operation = (method, match.Groups["kind"].Value, eventId is null, match.Groups["action"].Value) switch
        {
            ("POST", "events", true, "") => FakeGraphOperation.CreateEvent,
            ("GET", "events", false, "") => FakeGraphOperation.GetEvent,
            ("PATCH", "events", false, "") => FakeGraphOperation.UpdateEvent,
            ("POST", "events", false, "cancel") => FakeGraphOperation.CancelEvent,
            ("GET", "calendar", true, "") => FakeGraphOperation.GetCalendar,
            ("POST", "calendar", true, "getSchedule") => FakeGraphOperation.GetSchedule,
            _ => FakeGraphOperation.Unknown,
        };
        return (operation, mailbox, eventId);
    }

    [GeneratedRegex("^/v1\\.0/users/(?<mailbox>[^/]+)/(?<kind>events|calendar)(/(?<event>(?!getSchedule$)[^/]+))?(/(?<action>cancel|getSchedule))?$")]
    private static partial Regex Route();
}
