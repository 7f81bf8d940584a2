using Microsoft.Extensions.Options;
using PmgBot.Core.Inbox;
using PmgBot.Core.Threading;
using PmgBot.Core.Turns;

namespace PmgBot.Bot.Routing;

/// <summary>
/// Processes queued turns with a fixed number of concurrent workers. Whatever a turn throws is caught here, so a
/// worker never ends before the host does. A turn that met a database outage stays in the inbox and is tried again
/// (<see cref="TurnRetries"/>); every other turn is marked done in the inbox.
/// </summary>
public sealed class TurnWorker(
    TurnQueue queue,
    TurnProcessor processor,
    TurnRetries retries,
    IInbox inbox,
    ActivityDeduplicator deduplicator,
    ForegroundWork foreground,
    IOptions<BotEndpointOptions> options,
    ILogger<TurnWorker> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(Enumerable.Range(0, options.Value.Workers).Select(_ => RunAsync(stoppingToken)));

    private async Task RunAsync(CancellationToken stoppingToken)
    {
        await foreach (var turn in queue.Reader.ReadAllAsync(stoppingToken).ConfigureAwait(false))
        {
            if (await ProcessAsync(turn, stoppingToken).ConfigureAwait(false) == TurnEnd.Stopping)
            {
                return;
            }
        }
    }

    private async Task<TurnEnd> ProcessAsync(QueuedTurn turn, CancellationToken stoppingToken)
    {
        using var running = foreground.Enter();
        try
        {
            var origin = new TurnOrigin(turn.TurnId, turn.Progress, turn.Recovered);
            var response = await processor.ProcessAsync(turn.Activity, turn.CorrelationId, origin, stoppingToken).ConfigureAwait(false);
            if (ReferenceEquals(response, BotHttpResponse.RetryLater))
            {
                retries.Schedule(turn);
                return TurnEnd.Retrying;
            }

            inbox.Complete(turn.TurnId);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: the turn stays in the inbox and the next start takes it over.
            deduplicator.Forget(turn.DedupKey);
            queue.Completed(turn);
            return TurnEnd.Stopping;
        }
        catch (Exception ex)
        {
            TurnLog.WorkerCaught(logger, ex, turn.CorrelationId);
            inbox.Complete(turn.TurnId);
        }

        queue.Completed(turn);
        return TurnEnd.Done;
    }

    private enum TurnEnd
    {
        Done,
        Retrying,
        Stopping,
    }
}
