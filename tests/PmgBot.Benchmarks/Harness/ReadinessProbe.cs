using System.Net;

namespace PmgBot.Benchmarks.Harness;

/// <summary>Polls a URL every 10 ms until it answers as wanted; the start-up time is measured from the process start.</summary>
public sealed class ReadinessProbe(HttpClient http, TimeProvider time)
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(10);

    /// <summary>
    /// Waits until <paramref name="url"/> answers with a status <paramref name="accept"/> likes and returns the time since
    /// <paramref name="process"/> was started. Fails when the process exits or <paramref name="timeout"/> passes.
    /// </summary>
    public async Task<TimeSpan> WaitAsync(ChildProcess process, Uri url, Func<HttpStatusCode, bool> accept, TimeSpan timeout, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(process);
        ArgumentNullException.ThrowIfNull(accept);
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (process.HasExited)
            {
                throw new InvalidOperationException($"{process.Name} exited before it was ready. Last log lines:\n{process.Tail(40)}");
            }

            if (time.GetElapsedTime(process.StartedTimestamp) > timeout)
            {
                throw new TimeoutException($"{process.Name} was not ready at {url} within {timeout.TotalSeconds:0} s. Last log lines:\n{process.Tail(40)}");
            }

            try
            {
                using var attempt = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                attempt.CancelAfter(TimeSpan.FromSeconds(2));
                using var response = await http.GetAsync(url, attempt.Token).ConfigureAwait(false);
                if (accept(response.StatusCode))
                {
                    return time.GetElapsedTime(process.StartedTimestamp);
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // this attempt timed out; try again
            }

            await Task.Delay(PollInterval, time, cancellationToken).ConfigureAwait(false);
        }
    }
}
