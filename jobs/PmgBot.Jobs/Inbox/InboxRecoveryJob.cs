using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PmgBot.Core.Inbox;

namespace PmgBot.Jobs.Inbox;

/// <summary>
/// Resumes the inbox: at start (the turns a crash or restart left behind) and then every
/// <see cref="InboxOptions.RecoveryInterval"/> (turns whose process's lease ran out), taking over only as many
/// turns as the queue has room for. A hosted loop rather than a scheduled job: it must run at start, before users
/// wait, and a few seconds apart. (The purge of old done turns is a scheduled job, <see cref="InboxPurgeJob"/>.)
/// </summary>
internal sealed class InboxRecoveryJob(
    IServiceScopeFactory scopes,
    ITurnIntake intake,
    IOptions<InboxOptions> options,
    TimeProvider time,
    ILogger<InboxRecoveryJob> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await RunOnceAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                InboxRecoveryLog.RunFailed(logger, ex);
            }

            try
            {
                await Task.Delay(options.Value.RecoveryInterval, time, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
        }
    }

    internal async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        var scope = scopes.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            var recovery = scope.ServiceProvider.GetRequiredService<InboxRecovery>();
            var turns = await recovery.TakeOverAsync(intake.HeldTurns, intake.FreePlaces, cancellationToken).ConfigureAwait(false);
            var taken = 0;
            foreach (var turn in turns)
            {
                if (intake.TryTake(turn))
                {
                    taken++;
                }
            }

            return taken;
        }
    }
}
