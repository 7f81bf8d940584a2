using Hangfire;
using Hangfire.InMemory;
using Hangfire.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using PmgBot.Core.Data;
using PmgBot.Jobs.Actions;
using PmgBot.Jobs;
using PmgBot.Jobs.Inbox;
using PmgBot.Jobs.Meetings;
using PmgBot.Jobs.Scheduling;

namespace PmgBot.Tests.Scheduling;

/// <summary>The schedule as the bot registers it at start: each job with its cron in Europe/Amsterdam, run once at once.</summary>
public sealed class JobScheduleTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public void Register_EitherProvider_CreatesEachRecurringJobWithItsCronInAmsterdam(DatabaseProvider provider)
    {
        using var server = new HangfireTestServer(new ServiceCollection().BuildServiceProvider());

        server.Register(JobSchedule.For(provider));

        // The SQLite checkpoint is not among them: it is a loop of its own (SqliteCheckpointLoopTests).
        var jobs = RecurringJobs(server.Storage);
        Assert.Equal(
            [
                ("action-reminders", "*/15 * * * *", "Europe/Amsterdam", typeof(ActionReminderJob)),
                ("inbox-purge", "*/5 * * * *", "Europe/Amsterdam", typeof(InboxPurgeJob)),
                ("meeting-digest", "0 * * * *", "Europe/Amsterdam", typeof(MeetingDigestJob)),
                ("meeting-planning", "7 * * * *", "Europe/Amsterdam", typeof(MeetingPlanningJob)),
            ],
            jobs.Select(j => (j.Id, j.Cron, j.TimeZoneId, j.Job.Type)).OrderBy(j => j.Id, StringComparer.Ordinal));
        Assert.All(jobs, j => Assert.Equal(nameof(IScheduledJob.RunAsync), j.Job.Method.Name));
    }

    [Fact]
    public void Register_EachJobRunsOnceAtOnce()
    {
        using var server = new HangfireTestServer(new ServiceCollection().BuildServiceProvider());

        server.Register(JobSchedule.For(DatabaseProvider.Sqlite));

        Assert.Equal(JobSchedule.For(DatabaseProvider.Sqlite).Count, server.Storage.GetMonitoringApi().EnqueuedCount("default"));
        Assert.All(RecurringJobs(server.Storage), j => Assert.NotNull(j.LastJobId));
    }

    [Fact]
    public void Register_JobThatLeftTheSchedule_IsRemoved()
    {
        using var server = new HangfireTestServer(new ServiceCollection().BuildServiceProvider());
        server.Register([ScheduledJob.Create<InboxPurgeJob>("old-purge", "0 3 * * *")]);

        server.Register(JobSchedule.For(DatabaseProvider.Postgres));

        Assert.Equal(["action-reminders", "inbox-purge", "meeting-digest", "meeting-planning"], RecurringJobs(server.Storage).Select(j => j.Id).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("2026-12-02T12:00:00Z", "2026-12-03T06:00:00Z")] // winter time: 07:00 in Amsterdam is 06:00 UTC
    [InlineData("2026-07-01T12:00:00Z", "2026-07-02T05:00:00Z")] // summer time: 05:00 UTC
    public void Register_DailyCron_RunsAtThatTimeInAmsterdam(string now, string expectedNextUtc)
    {
        using var storage = new InMemoryStorage();
        var manager = new RecurringJobManager(
            storage, new Hangfire.Common.JobFilterProviderCollection(), new DefaultTimeZoneResolver(), () => DateTime.Parse(now, null, System.Globalization.DateTimeStyles.AdjustToUniversal));

        ScheduledJobServer.Register(manager, [ScheduledJob.Create<InboxPurgeJob>("seven-am", "0 7 * * *")], NullLogger.Instance);

        var job = Assert.Single(RecurringJobs(storage));
        Assert.Equal(DateTime.Parse(expectedNextUtc, null, System.Globalization.DateTimeStyles.AdjustToUniversal), job.NextExecution);
    }

    [Fact]
    public void ScheduledJob_InvalidCron_FailsAtRegistration()
    {
        using var server = new HangfireTestServer(new ServiceCollection().BuildServiceProvider());

        Assert.ThrowsAny<ArgumentException>(() => server.Register([ScheduledJob.Create<InboxPurgeJob>("bad", "every day")]));
    }

    [Fact]
    public void ServerOptions_PollEverySecondOnlyWhenAJobRunsEverySecond()
    {
        var options = new ScheduledJobsOptions { Workers = 3 };
        var activator = new JobActivator();
        var filters = new Hangfire.Common.JobFilterProviderCollection();

        var everySecond = ScheduledJobServer.ServerOptions(
            options, [.. JobSchedule.For(DatabaseProvider.Sqlite), ScheduledJob.Create<InboxPurgeJob>("each-second", "* * * * * *")], activator, filters);
        var schedule = ScheduledJobServer.ServerOptions(options, JobSchedule.For(DatabaseProvider.Sqlite), activator, filters);

        Assert.Equal((3, TimeSpan.FromSeconds(1)), (everySecond.WorkerCount, everySecond.SchedulePollingInterval));
        Assert.Equal((3, TimeSpan.FromSeconds(15)), (schedule.WorkerCount, schedule.SchedulePollingInterval));
        Assert.Same(activator, schedule.Activator);
        Assert.Same(filters, schedule.FilterProvider);
    }

    private static List<RecurringJobDto> RecurringJobs(JobStorage storage)
    {
        using var connection = storage.GetConnection();
        return [.. connection.GetRecurringJobs().OrderBy(j => j.Id, StringComparer.Ordinal)];
    }
}
