using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace PmgBot.Jobs.Hosting;

/// <summary>
/// The loop of a background job in the bot process: each run gets its own DI scope; a failing run is logged and the
/// loop goes on, so it never stops the host. Between runs it sleeps until the next item is due, at most
/// <see cref="PollInterval"/>, and wakes at once when <see cref="WaitForSignalAsync"/> is signalled.
/// </summary>
internal abstract class SignalledJob(IServiceScopeFactory scopes) : BackgroundService
{
    protected abstract TimeSpan PollInterval { get; }

    /// <summary>One run; returns how long until the next item is due (null: nothing waiting).</summary>
    protected abstract Task<TimeSpan?> RunOnceAsync(IServiceProvider services, CancellationToken cancellationToken);

    /// <summary>Waits for the job's wake-up signal, at most <paramref name="timeout"/>.</summary>
    protected abstract Task WaitForSignalAsync(TimeSpan timeout, CancellationToken cancellationToken);

    protected abstract void LogStarted();

    protected abstract void LogRunFailed(Exception exception);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        LogStarted();
        while (!stoppingToken.IsCancellationRequested)
        {
            var wait = PollInterval;
            try
            {
                var scope = scopes.CreateAsyncScope();
                await using (scope.ConfigureAwait(false))
                {
                    var nextDue = await RunOnceAsync(scope.ServiceProvider, stoppingToken).ConfigureAwait(false);
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
                LogRunFailed(ex);
            }

            try
            {
                await WaitForSignalAsync(wait, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
        }
    }
}
