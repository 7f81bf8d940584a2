using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace PmgBot.Tests.Support;

/// <summary>
/// A fake Bot Framework connector: a real Kestrel server on 127.0.0.1 implementing the v3 routes the bot uses
/// (send, reply, update, create conversation). It records every request (times, method, path, body) and answers
/// what <see cref="Behaviour"/> says (default: 200/201 with a new id). Change the behaviour at any time.
/// </summary>
public sealed partial class FakeConnectorServer : IAsyncDisposable
{
    /// <summary>Property of <c>channelData</c> that tests put a per-message marker in.</summary>
    public const string MarkerProperty = "pmgTestId";

    private readonly ConcurrentQueue<FakeConnectorRequest> _requests = new();
    private WebApplication? _app;
    private int _sequence;

    private FakeConnectorServer()
    {
    }

    /// <summary>Decides the answer to a call; null means the default success.</summary>
    public Func<FakeConnectorCall, FakeConnectorResponse?> Behaviour { get; set; } = _ => null;

    /// <summary>How long each call takes before it is answered (the fan-out benchmark's stand-in for Teams' latency).</summary>
    public TimeSpan Latency { get; set; } = TimeSpan.Zero;

    public int Port { get; private set; }

    /// <summary>The serviceUrl to store in references (ends with '/').</summary>
    public string ServiceUrl => $"http://127.0.0.1:{Port}/";

    public IReadOnlyList<FakeConnectorRequest> Requests => [.. _requests.OrderBy(r => r.Sequence)];

    /// <summary>Starts on <paramref name="port"/> (0: any free port).</summary>
    public static async Task<FakeConnectorServer> StartAsync(int port = 0)
    {
        var server = new FakeConnectorServer();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, port));
        var app = builder.Build();
        app.Run(server.HandleAsync);
        await app.StartAsync().ConfigureAwait(false);
        server._app = app;
        server.Port = new Uri(app.Urls.First()).Port;
        return server;
    }

    /// <summary>A free loopback port now (for "connector down" first, started on that port later).</summary>
    public static int FindFreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
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
        var received = TimeProvider.System.GetUtcNow();
        using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
        var body = await reader.ReadToEndAsync(context.RequestAborted).ConfigureAwait(false);
        var path = context.Request.Path.Value ?? string.Empty;
        var operation = Classify(context.Request.Method, path);
        var call = new FakeConnectorCall(
            Interlocked.Increment(ref _sequence), context.Request.Method, path, operation, body, Marker(body));

        var response = operation is null
            ? new FakeConnectorResponse(404)
            : Behaviour(call) ?? DefaultResponse(operation.Value);

        if (Latency > TimeSpan.Zero)
        {
            await Task.Delay(Latency, context.RequestAborted).ConfigureAwait(false);
        }

        if (response.Abort)
        {
            Record(call, received, 0, context.Request.Headers.Authorization);
            context.Abort();
            return;
        }

        context.Response.StatusCode = response.StatusCode;
        if (response.RetryAfter is not null)
        {
            context.Response.Headers.RetryAfter = response.RetryAfter;
        }

        if (response.Location is not null)
        {
            context.Response.Headers.Location = response.Location;
        }

        context.Response.Headers["X-Correlating-OperationId"] = "fake-" + call.Sequence.ToString(System.Globalization.CultureInfo.InvariantCulture);
        // Record before the answer leaves, so RespondedAt is never later than what the client sees.
        Record(call, received, response.StatusCode, context.Request.Headers.Authorization);
        if (response.Body is not null)
        {
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(response.Body, context.RequestAborted).ConfigureAwait(false);
        }
    }

    private void Record(FakeConnectorCall call, DateTimeOffset received, int status, string? authorization) =>
        _requests.Enqueue(new FakeConnectorRequest(
            call.Sequence, received, TimeProvider.System.GetUtcNow(), call.Method, call.Path, call.Operation, call.Body, call.Marker,
            status, string.IsNullOrEmpty(authorization) ? null : authorization));

    private static FakeConnectorResponse DefaultResponse(FakeConnectorOperation operation) => operation switch
    {
        FakeConnectorOperation.CreateConversation => new FakeConnectorResponse(201, Body: JsonSerializer.Serialize(new { id = "a:created-" + Guid.NewGuid().ToString("N") })),
        _ => new FakeConnectorResponse(200, Body: JsonSerializer.Serialize(new { id = "act-" + Guid.NewGuid().ToString("N") })),
    };

    private static FakeConnectorOperation? Classify(string method, string path)
    {
        if (HttpMethods.IsPost(method) && path == "/v3/conversations")
        {
            return FakeConnectorOperation.CreateConversation;
        }

        var match = ActivitiesRoute().Match(path);
        if (!match.Success)
        {
            return null;
        }

        var hasActivityId = match.Groups["activity"].Success;
        return (HttpMethods.IsPost(method), HttpMethods.IsPut(method), hasActivityId) switch
        {
            (true, _, false) => FakeConnectorOperation.SendToConversation,
            (true, _, true) => FakeConnectorOperation.ReplyToActivity,
            (_, true, true) => FakeConnectorOperation.UpdateActivity,
            _ => null,
        };
    }

    private static string? Marker(string body)
    {
        try
        {
            using var doc = JsonDocument.Parse(body);
            return doc.RootElement.ValueKind == JsonValueKind.Object
                && doc.RootElement.TryGetProperty("channelData", out var cd)
                && cd.ValueKind == JsonValueKind.Object
                && cd.TryGetProperty(MarkerProperty, out var marker)
                && marker.ValueKind == JsonValueKind.String
                ? marker.GetString()
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    [GeneratedRegex("^/v3/conversations/(?<conversation>[^/]+)/activities(/(?<activity>[^/]+))?$")]
    private static partial Regex ActivitiesRoute();
}
