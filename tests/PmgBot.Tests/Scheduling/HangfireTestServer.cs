using Hangfire;
using Hangfire.AspNetCore;
using Hangfire.Common;
using Hangfire.InMemory;
using Hangfire.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using PmgBot.Jobs.Scheduling;

namespace PmgBot.Tests.Scheduling;

/// <summary>
/// Hangfire as the bot runs it (<see cref="ScheduledJobServer"/>: its server options, job filters and registration),
/// on an InMemory storage instance of its own and the given container, never Hangfire's static GlobalConfiguration.
/// The server starts only with <see cref="Start"/>, so a test can let work fall due before the first run.
/// </summary>
internal sealed class HangfireTestServer : IDisposable
{
    private readonly IServiceProvider _services;
    private readonly IJobFilterProvider _filters;
    private BackgroundJobServer? _server;

    public HangfireTestServer(IServiceProvider services, JobStorage? storage = null)
    {
        _services = services;
        Storage = storage ?? new InMemoryStorage();
        _filters = ScheduledJobFilters.Create(new ScheduledJobFailureLog(NullLogger<ScheduledJobFailureLog>.Instance));
        Manager = new RecurringJobManager(Storage, _filters);
    }

    public JobStorage Storage { get; }

    public RecurringJobManager Manager { get; }

    /// <summary>Registers <paramref name="jobs"/> as the bot does at start (each also runs once when the server starts).</summary>
    public void Register(IReadOnlyList<ScheduledJob> jobs) => ScheduledJobServer.Register(Manager, jobs, NullLogger.Instance);

    public void Start(IReadOnlyList<ScheduledJob> jobs)
    {
        var activator = new AspNetCoreJobActivator(_services.GetRequiredService<IServiceScopeFactory>());
        _server = new BackgroundJobServer(
            ScheduledJobServer.ServerOptions(new ScheduledJobsOptions { Workers = 1 }, jobs, activator, _filters), Storage);
    }

    /// <summary>The background job id of the recurring job's last run.</summary>
    public string LastRunOf(string recurringJobId)
    {
        using var connection = Storage.GetConnection();
        var job = connection.GetRecurringJobs([recurringJobId]).Single();
        return job.LastJobId ?? throw new InvalidOperationException($"{recurringJobId} has not run.");
    }

    /// <summary>Waits until the background job has succeeded; fails on any other final state.</summary>
    public async Task WaitForSuccessAsync(string jobId)
    {
        var monitoring = Storage.GetMonitoringApi();
        string? state = null;
        for (var i = 0; i < 1500 && state is not ("Succeeded" or "Failed" or "Deleted"); i++) // up to ~30 s
        {
            await Task.Delay(20);
            state = monitoring.JobDetails(jobId)?.History.FirstOrDefault()?.StateName;
        }

        if (state is "Succeeded")
        {
            return;
        }

        Assert.Fail($"Job {jobId} ended in state {state ?? "(none)"} instead of Succeeded.");
    }

    public void Dispose()
    {
        _server?.Dispose();
        (Storage as IDisposable)?.Dispose();
    }
}
