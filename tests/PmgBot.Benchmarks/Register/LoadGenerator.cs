using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;

namespace PmgBot.Benchmarks.Register;

/// <summary>
/// Closed-loop load: <c>users</c> virtual users, each sending its next request as soon as it has its answer (for a
/// message: the reply at the connector, as a user in a chat waits for the bot). One <see cref="SocketsHttpHandler"/>
/// shared by all users, one connection per user. Every request is timed on the driver's clock; the bot's
/// <c>Server-Timing</c> header is read when present.
/// </summary>
public sealed class LoadGenerator(Uri messagesUrl, string authorization, ConnectorSink sink) : IDisposable
{
    private static readonly TimeSpan ReplyTimeout = TimeSpan.FromSeconds(15);
    private readonly HttpClient _http = CreateClient(authorization);

    /// <param name="rate">
    /// Null: saturation, every user sends its next request as soon as it has the answer. Otherwise the total requests
    /// per second: each user sends one every <c>users / rate</c> seconds (from a random offset, so they do not march in
    /// step), or at once when its previous answer came later than that.
    /// </param>
    public async Task<LoadResult> RunAsync(IWorkload workload, int users, TimeSpan duration, string runTag, double? rate, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(workload);
        var started = Stopwatch.GetTimestamp();
        var deadline = started + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        long? interval = rate is { } r ? (long)(users / r * Stopwatch.Frequency) : null;
        var offsets = new Random(users);
        var perUser = await Task.WhenAll(Enumerable.Range(0, users)
            .Select(u => (User: u, First: started + (interval is { } i ? (long)(offsets.NextDouble() * i) : 0)))
            .Select(u => Task.Run(() => UserAsync(workload, u.User, u.First, interval, deadline, runTag, cancellationToken), cancellationToken))).ConfigureAwait(false);
        var elapsed = Stopwatch.GetElapsedTime(started);
        return new LoadResult(perUser.SelectMany(s => s).ToList(), elapsed);
    }

    public void Dispose() => _http.Dispose();

    private async Task<List<RequestSample>> UserAsync(IWorkload workload, int user, long first, long? interval, long deadline, string runTag, CancellationToken cancellationToken)
    {
        var samples = new List<RequestSample>(4096);
        var next = first;
        for (long sequence = 0; ; sequence++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), next);
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, cancellationToken).ConfigureAwait(false);
            }

            if (Stopwatch.GetTimestamp() >= deadline)
            {
                break;
            }

            next += interval ?? 0;
            var request = workload.Next(user, sequence, runTag);
            samples.Add(await SendAsync(workload, request, cancellationToken).ConfigureAwait(false));
        }

        return samples;
    }

    private async Task<RequestSample> SendAsync(IWorkload workload, LoadRequest request, CancellationToken cancellationToken)
    {
        var reply = request.WaitForReply ? sink.Expect(request.ConversationId, request.ActivityId) : null;
        var sent = Stopwatch.GetTimestamp();
        int status;
        string body;
        double? server = null;
        try
        {
            using var content = new ByteArrayContent(request.Body);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            using var response = await _http.PostAsync(messagesUrl, content, cancellationToken).ConfigureAwait(false);
            body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            status = (int)response.StatusCode;
            if (response.Headers.TryGetValues("Server-Timing", out var timing))
            {
                server = ParseServerTiming(timing.FirstOrDefault());
            }
        }
        catch (HttpRequestException ex)
        {
            sink.Forget(request.ConversationId, request.ActivityId);
            return new RequestSample(request.Category, Stopwatch.GetElapsedTime(sent).TotalMilliseconds, null, null, Ok: false, "http error: " + ex.HttpRequestError);
        }

        var client = Stopwatch.GetElapsedTime(sent).TotalMilliseconds;
        ReplyArrival? arrival = null;
        double? replyMs = null;
        if (reply is not null)
        {
            if (status is < 200 or > 299)
            {
                sink.Forget(request.ConversationId, request.ActivityId);
            }
            else
            {
                try
                {
                    arrival = await reply.WaitAsync(ReplyTimeout, cancellationToken).ConfigureAwait(false);
                    replyMs = Stopwatch.GetElapsedTime(sent, arrival.Timestamp).TotalMilliseconds;
                }
                catch (TimeoutException)
                {
                    sink.Forget(request.ConversationId, request.ActivityId);
                    return new RequestSample(request.Category, client, server, null, Ok: false, "no reply within 15 s");
                }
            }
        }

        var (ok, outcome) = workload.Judge(request, status, body, arrival);
        return new RequestSample(request.Category, client, server, replyMs, ok, outcome);
    }

    private static double? ParseServerTiming(string? value)
    {
        // "app;dur=1.234"
        var at = value?.IndexOf("dur=", StringComparison.Ordinal) ?? -1;
        return at >= 0 && double.TryParse(value.AsSpan(at + 4), NumberStyles.Float, CultureInfo.InvariantCulture, out var ms) ? ms : null;
    }

    private static HttpClient CreateClient(string authorization)
    {
        var handler = new SocketsHttpHandler
        {
            PooledConnectionLifetime = TimeSpan.FromMinutes(10),
            MaxConnectionsPerServer = 512,
            UseCookies = false,
        };
        var http = new HttpClient(handler, disposeHandler: true) { Timeout = TimeSpan.FromSeconds(30) };
        http.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", authorization);
        return http;
    }
}
