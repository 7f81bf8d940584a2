using System.Globalization;

namespace PmgBot.Bot.Protocol;

/// <summary>
/// <c>Endpoint:ServerTimingHeader</c> (off by default; the benchmarks turn it on): adds
/// <c>Server-Timing: app;dur=&lt;ms&gt;</c> to every response, the time from this middleware (first in the pipeline,
/// before authentication) to the moment the response headers are written. For an invoke that is the whole turn
/// (the card answer is in the response); for a queued message it is only the acknowledgement (202).
/// Off in production: a caller should not be able to read the bot's timing (a lookup must not reveal by its timing
/// whether a youth is known).
/// </summary>
public sealed class ServerTimingMiddleware(RequestDelegate next, TimeProvider time)
{
    public const string HeaderName = "Server-Timing";

    public Task InvokeAsync(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        var started = time.GetTimestamp();
        http.Response.OnStarting(
            static state =>
            {
                var (context, clock, start) = ((HttpContext, TimeProvider, long))state;
                var elapsed = clock.GetElapsedTime(start);
                context.Response.Headers[HeaderName] = string.Create(CultureInfo.InvariantCulture, $"app;dur={elapsed.TotalMilliseconds:0.###}");
                return Task.CompletedTask;
            },
            (http, time, started));
        return next(http);
    }
}
