using Hangfire;
using Hangfire.Common;
using Hangfire.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace PmgBot.Jobs.Scheduling;

/// <summary>
/// Hangfire's server in the bot process. Once the bot is listening (Hangfire's start costs CPU the first requests
/// need, so it is kept off the start-up path; nothing scheduled is that urgent) it makes the storage's recurring jobs exactly the
/// schedule, runs each job once, and starts the server; on shutdown it stops the server, which cancels running jobs.
/// </summary>
/// <remarks>
/// Running each job once at start catches up at once with work that fell due while the bot was down: InMemory storage
/// forgets its schedule on a restart, and every job may run again at any time (<see cref="IScheduledJob"/>). Jobs that
/// left the schedule are removed, which a persistent storage would otherwise keep running.
/// </remarks>
internal sealed class ScheduledJobServer(
    JobStorage storage,
    IRecurringJobManagerV2 manager,
    ScheduledJobList jobs,
    JobActivator activator,
    IJobFilterProvider filters,
    IOptions<ScheduledJobsOptions> options,
    IHostApplicationLifetime lifetime,
    ILogger<ScheduledJobServer> logger) : BackgroundService
{
    /// <summary>How often Hangfire looks for due recurring jobs when a job runs every second, and otherwise (its default).</summary>
    internal static readonly TimeSpan FastPolling = TimeSpan.FromSeconds(1);

    internal static readonly TimeSpan DefaultPolling = TimeSpan.FromSeconds(15);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using (lifetime.ApplicationStarted.Register(() => started.TrySetResult()))
        {
            try
            {
                await started.Task.WaitAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
        }

        Register(manager, jobs.Jobs, logger);
        ScheduledJobsLog.Scheduled(logger, jobs.Jobs.Count, string.Join(", ", jobs.Jobs.Select(j => j.Id)), storage.GetType().Name);
        using var server = new BackgroundJobServer(ServerOptions(options.Value, jobs.Jobs, activator, filters), storage);
        try
        {
            await Task.Delay(Timeout.InfiniteTimeSpan, stoppingToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: the server stops below, cancelling the token of the jobs that run.
        }

        server.SendStop();
        await server.WaitForShutdownAsync(CancellationToken.None).ConfigureAwait(false);
    }

    internal static BackgroundJobServerOptions ServerOptions(
        ScheduledJobsOptions options, IReadOnlyList<ScheduledJob> jobs, JobActivator activator, IJobFilterProvider filters) => new()
    {
        WorkerCount = options.Workers,
        SchedulePollingInterval = jobs.Any(j => j.EverySecondOrFaster) ? FastPolling : DefaultPolling,
        Activator = activator,
        FilterProvider = filters,
    };

    /// <summary>Adds or updates each job with its cron in Europe/Amsterdam, removes the others, then runs each once.</summary>
    internal static void Register(IRecurringJobManagerV2 manager, IReadOnlyList<ScheduledJob> jobs, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(manager);
        ArgumentNullException.ThrowIfNull(jobs);
        var recurring = new RecurringJobOptions { TimeZone = ScheduledJob.TimeZone };
        foreach (var job in jobs)
        {
            manager.AddOrUpdate(job.Id, job.Job, job.Cron, recurring);
        }

        using (var connection = manager.Storage.GetConnection())
        {
            foreach (var stale in connection.GetRecurringJobs().Where(r => jobs.All(j => j.Id != r.Id)))
            {
                manager.RemoveIfExists(stale.Id);
                ScheduledJobsLog.Removed(logger, stale.Id);
            }
        }

        foreach (var job in jobs)
        {
            manager.TriggerJob(job.Id);
        }
    }
}
