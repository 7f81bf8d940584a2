using Microsoft.Extensions.Options;
using PmgBot.Bot.Protocol;
using PmgBot.Core.Threading;

namespace PmgBot.Bot.Routing;

/// <summary>Processes queued turns with a fixed number of concurrent workers. A failing turn never stops the host.</summary>
public sealed class TurnWorker(
    TurnQueue queue, TurnProcessor processor, ActivityDeduplicator deduplicator, ForegroundWork foreground, IOptions<BotEndpointOptions> options) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(Enumerable.Range(0, options.Value.Workers).Select(_ => RunAsync(stoppingToken)));

    private async Task RunAsync(CancellationToken stoppingToken)
    {
        await foreach (var turn in queue.Reader.ReadAllAsync(stoppingToken).ConfigureAwait(false))
        {
            using var running = foreground.Enter();
            try
            {
                await processor.ProcessAsync(turn.Activity, turn.CorrelationId, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                deduplicator.Forget(turn.DedupKey);
                throw;
            }
            finally
            {
                queue.Completed();
            }
        }
    }
}
