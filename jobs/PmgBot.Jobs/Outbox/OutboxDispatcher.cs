using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PmgBot.Core.Outbox;

namespace PmgBot.Jobs.Outbox;

/// <summary>
/// Sends the outbox. Each run gets its own DI scope (<see cref="OutboxDispatchRun"/>); a failing run is logged and
/// the loop goes on, so it never stops the host. Between runs it sleeps until the next message is due, at most
/// <see cref="OutboxOptions.PollInterval"/>, and wakes at once when a message is enqueued in this process.
/// </summary>
/// <remarks>
/// Delivery guarantee: a message is marked Sent right after the connector confirms it. If the process dies
/// between the connector's 2xx and that update (the one in-flight message), the message is sent again once its
/// lease expires; every other message is sent exactly once.
/// </remarks>
internal sealed class OutboxDispatcher(
    IServiceScopeFactory scopes,
    IOutboxSignal signal,
    IOptions<OutboxOptions> options,
    ILogger<OutboxDispatcher> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        OutboxDispatcherLog.Started(logger);
        while (!stoppingToken.IsCancellationRequested)
        {
            var wait = options.Value.PollInterval;
            try
            {
                var scope = scopes.CreateAsyncScope();
                await using (scope.ConfigureAwait(false))
                {
                    var run = scope.ServiceProvider.GetRequiredService<OutboxDispatchRun>();
                    var nextDue = await run.RunOnceAsync(stoppingToken).ConfigureAwait(false);
                    if (nextDue is { } due && due < wait)
                    {
                        wait = due;
                    }
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex)
            {
                OutboxDispatcherLog.RunFailed(logger, ex);
            }

            try
            {
                await signal.WaitAsync(wait, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
        }
    }
}
