using System.Globalization;

namespace PmgBot.Benchmarks.Harness;

/// <summary>The connector sink (peers/sink): counts every reply a target posts to its serviceUrl.</summary>
public sealed class ReplySink(HttpClient http, Uri baseUrl, TimeProvider time)
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(100);

    public Uri BaseUrl => baseUrl;

    public async Task<long> CountAsync(CancellationToken cancellationToken)
    {
        var text = await http.GetStringAsync(new Uri(baseUrl, "/count"), cancellationToken).ConfigureAwait(false);
        return long.Parse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Waits until the count reaches <paramref name="expected"/>, or stops growing for <paramref name="quiet"/>, or
    /// <paramref name="limit"/> passes (replies are sent off the request path, so they can trail the load).
    /// Returns the count and how long after the call the last growth was seen.
    /// </summary>
    public async Task<SinkSettled> WaitUntilSettledAsync(long expected, TimeSpan quiet, TimeSpan limit, CancellationToken cancellationToken)
    {
        var start = time.GetTimestamp();
        var count = await CountAsync(cancellationToken).ConfigureAwait(false);
        var lastGrowth = TimeSpan.Zero;
        while (count < expected)
        {
            var elapsed = time.GetElapsedTime(start);
            if (elapsed - lastGrowth >= quiet || elapsed >= limit)
            {
                break;
            }

            await Task.Delay(PollInterval, time, cancellationToken).ConfigureAwait(false);
            var now = await CountAsync(cancellationToken).ConfigureAwait(false);
            if (now != count)
            {
                count = now;
                lastGrowth = time.GetElapsedTime(start);
            }
        }

        return new SinkSettled(count, lastGrowth);
    }
}
