using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PmgBot.Core.Data;
using PmgBot.Core.Inbox;

namespace PmgBot.Bot.Routing;

/// <summary>
/// Tries a turn again after a database outage, with a growing pause, for as long as this process holds it in the
/// inbox. Before each try the turn's lease is renewed; when another process took it over meanwhile (or it is done)
/// it is let go here. The turn keeps its place in the queue while it waits, so a long outage fills the queue and the
/// endpoint answers 503 (Teams delivers again later) instead of piling up work in memory.
/// </summary>
public sealed class TurnRetries(
    TurnQueue queue,
    IServiceScopeFactory scopes,
    IOptions<InboxOptions> options,
    TimeProvider time,
    IHostApplicationLifetime lifetime,
    ILogger<TurnRetries> logger)
{
    private static readonly TimeSpan FirstDelay = TimeSpan.FromMilliseconds(250);

    public void Schedule(QueuedTurn turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        _ = RetryAsync(turn, lifetime.ApplicationStopping);
    }

    private async Task RetryAsync(QueuedTurn turn, CancellationToken stopping)
    {
        var attempt = turn.Attempt;
        try
        {
            while (true)
            {
                var delay = DelayFor(attempt);
                TurnLog.RetryScheduled(logger, turn.TurnId, attempt + 1, delay);
                await Task.Delay(delay, time, stopping).ConfigureAwait(false);
                attempt++;
                switch (await RenewLeaseAsync(turn.TurnId, stopping).ConfigureAwait(false))
                {
                    case true:
                        queue.Enqueue(turn with { Attempt = attempt, Recovered = true });
                        return;
                    case false:
                        TurnLog.RetryDropped(logger, turn.TurnId);
                        queue.Completed(turn);
                        return;
                    case null:
                        continue;
                }
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            // The next start takes the turn over from the inbox.
            queue.Completed(turn);
        }
        catch (Exception ex)
        {
            // Left in the inbox under this process's lease: the recovery takes it over when the lease runs out.
            TurnLog.WorkerCaught(logger, ex, turn.CorrelationId);
            queue.Completed(turn);
        }
    }

    /// <summary>True: still ours; false: done or taken over elsewhere; null: the database is still down.</summary>
    private async Task<bool?> RenewLeaseAsync(Guid turnId, CancellationToken cancellationToken)
    {
        try
        {
            var scope = scopes.CreateAsyncScope();
            await using (scope.ConfigureAwait(false))
            {
                var recovery = scope.ServiceProvider.GetRequiredService<InboxRecovery>();
                return await recovery.ExtendLeaseAsync(turnId, cancellationToken).ConfigureAwait(false) is not null;
            }
        }
        catch (Exception ex) when (DatabaseOutage.Is(ex))
        {
            return null;
        }
    }

    private TimeSpan DelayFor(int attempt)
    {
        var ceiling = options.Value.MaxRetryDelay;
        var delay = FirstDelay * Math.Pow(2, Math.Min(attempt - 1, 16));
        return delay > ceiling ? ceiling : delay;
    }
}
