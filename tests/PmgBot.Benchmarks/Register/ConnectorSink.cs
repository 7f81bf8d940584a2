using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace PmgBot.Benchmarks.Register;

/// <summary>
/// The Bot Framework connector as the bot sees it (its <c>serviceUrl</c>), in the driver's own process on
/// 127.0.0.1: answers every send at once and timestamps each reply (<see cref="Stopwatch.GetTimestamp"/>, the same
/// clock the load generator stamps its requests with). A virtual user that waits for the reply to its message
/// registers with <see cref="Expect"/> before it sends; replies are matched by conversation id and replyToId (the
/// activity id in the URL, or the replyToId of a reply the bot sent through its outbox). Typing indicators are not replies. Proactive sends (outbox: urgent alerts, match
/// notices, welcome cards) are counted.
/// </summary>
public sealed class ConnectorSink : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, TaskCompletionSource<ReplyArrival>> _waiting = new(StringComparer.Ordinal);
    private readonly IReadOnlyList<string> _markers;
    private long _replies;
    private long _proactive;
    private long _created;

    private ConnectorSink(WebApplication app, Uri baseUrl, IReadOnlyList<string> markers)
    {
        _app = app;
        BaseUrl = baseUrl;
        _markers = markers;
    }

    public Uri BaseUrl { get; }

    public long Replies => Interlocked.Read(ref _replies);

    /// <summary>Sends to a conversation without a replyToId (the outbox: notices, alerts, welcome).</summary>
    public long Proactive => Interlocked.Read(ref _proactive);

    public long ConversationsCreated => Interlocked.Read(ref _created);

    /// <param name="port">The sink's port; the bot's tokens carry <c>http://127.0.0.1:port</c> as serviceurl.</param>
    /// <param name="markers">Strings to look for in reply bodies (the first one found is reported per reply).</param>
    public static async Task<ConnectorSink> StartAsync(int port, IReadOnlyList<string> markers, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        var app = builder.Build();
        var sink = new ConnectorSink(app, new Uri($"http://127.0.0.1:{port}"), markers);
        app.MapPost("/v3/conversations/{conversationId}/activities/{activityId}", sink.ReplyAsync);
        app.MapPut("/v3/conversations/{conversationId}/activities/{activityId}", () => Results.Json(new { id = "updated" }));
        app.MapPost("/v3/conversations/{conversationId}/activities", sink.SendAsync);
        app.MapPost("/v3/conversations", () =>
        {
            var n = Interlocked.Increment(ref sink._created);
            return Results.Json(new { id = $"a:sink-created-{n}", activityId = "c1" });
        });
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        return sink;
    }

    /// <summary>Registers a wait for the reply to activity <paramref name="activityId"/> in <paramref name="conversationId"/>; call before sending it.</summary>
    public Task<ReplyArrival> Expect(string conversationId, string activityId)
    {
        var waiter = new TaskCompletionSource<ReplyArrival>(TaskCreationOptions.RunContinuationsAsynchronously);
        _waiting[Key(conversationId, activityId)] = waiter;
        return waiter.Task;
    }

    public void Forget(string conversationId, string activityId) => _waiting.TryRemove(Key(conversationId, activityId), out _);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }

    private async Task<IResult> ReplyAsync(HttpContext http, string conversationId, string activityId)
    {
        var arrived = Stopwatch.GetTimestamp();
        using var reader = new StreamReader(http.Request.Body, Encoding.UTF8);
        var body = await reader.ReadToEndAsync(http.RequestAborted).ConfigureAwait(false);
        if (body.Contains("\"type\":\"typing\"", StringComparison.Ordinal))
        {
            return Results.Json(new { id = "t1" });
        }

        Interlocked.Increment(ref _replies);
        if (_waiting.TryRemove(Key(Uri.UnescapeDataString(conversationId), Uri.UnescapeDataString(activityId)), out var waiter))
        {
            var marker = _markers.FirstOrDefault(m => body.Contains(m, StringComparison.Ordinal));
            waiter.TrySetResult(new ReplyArrival(arrived, body.Length, body.Contains("\"attachments\":[{", StringComparison.Ordinal), marker));
        }

        return Results.Json(new { id = "r1" });
    }

    /// <summary>
    /// A send to a conversation: a proactive message, or a reply the bot stored in its outbox because the conversation
    /// (or the tenant) was at its Teams limit; such a reply carries the replyToId in its body and completes the wait.
    /// </summary>
    private async Task<IResult> SendAsync(HttpContext http, string conversationId)
    {
        var arrived = Stopwatch.GetTimestamp();
        using var reader = new StreamReader(http.Request.Body, Encoding.UTF8);
        var body = await reader.ReadToEndAsync(http.RequestAborted).ConfigureAwait(false);
        var replyTo = ReplyToId(body);
        if (replyTo is not null && _waiting.TryRemove(Key(Uri.UnescapeDataString(conversationId), replyTo), out var waiter))
        {
            Interlocked.Increment(ref _replies);
            var marker = _markers.FirstOrDefault(m => body.Contains(m, StringComparison.Ordinal));
            waiter.TrySetResult(new ReplyArrival(arrived, body.Length, body.Contains("\"attachments\":[{", StringComparison.Ordinal), marker));
        }
        else
        {
            Interlocked.Increment(ref _proactive);
        }

        return Results.Json(new { id = "p1" });
    }

    private static string? ReplyToId(string body)
    {
        try
        {
            using var document = System.Text.Json.JsonDocument.Parse(body);
            return document.RootElement.TryGetProperty("replyToId", out var id) && id.ValueKind == System.Text.Json.JsonValueKind.String ? id.GetString() : null;
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }

    private static string Key(string conversationId, string activityId) => conversationId + "|" + activityId;
}
