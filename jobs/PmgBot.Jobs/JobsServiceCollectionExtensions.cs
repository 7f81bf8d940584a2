using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using PmgBot.Core.Data;
using PmgBot.Core.Connector;
using PmgBot.Core.Features.Reports;
using PmgBot.Core.Inbox;
using PmgBot.Core.Outbox;
using PmgBot.Core.Threading;
using PmgBot.Jobs.Inbox;
using PmgBot.Jobs.Outbox;
using PmgBot.Jobs.Reports;
using PmgBot.Jobs.Scheduling;

namespace PmgBot.Jobs;

public static class JobsServiceCollectionExtensions
{
    /// <summary>
    /// Registers the background jobs hosted in the bot process: the outbox dispatcher (options <c>Outbox</c>,
    /// validated at start) and the report follow-up job (options <c>ReportFollowUp</c>). Also calls <c>AddConnector</c>
    /// and <c>AddOutbox</c> (idempotent). Needs <c>PmgDbContext</c> in DI; the follow-up job runs the report steps of <c>AddReports</c>.
    /// </summary>
    public static IServiceCollection AddPmgJobs(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddConnector(configuration);
        services.TryAddSingleton<ForegroundWork>();
        services.AddOutbox();
        services.AddOptions<OutboxOptions>()
            .BindConfiguration(OutboxOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<OutboxOptions>, OutboxOptionsValidator>());
        services.TryAddScoped<OutboxDispatchRun>();
        services.AddHostedService<OutboxDispatcher>();

        services.AddReportFollowUpSignal();
        services.AddOptions<ReportFollowUpOptions>()
            .BindConfiguration(ReportFollowUpOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddScoped<ReportFollowUpRun>();
        services.AddHostedService<ReportFollowUpWorker>();
        return services;
    }

    /// <summary>
    /// Runs the <see cref="JobSchedule"/> of the configured database provider on Hangfire (see
    /// <see cref="ScheduledJobsServiceCollectionExtensions.AddScheduledJobs"/>).
    /// </summary>
    public static IServiceCollection AddPmgScheduledJobs(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);

        // The provider decides which jobs exist (and so which classes are registered), so it is read now, as AddPmgData does.
        var provider = configuration.GetSection(DatabaseOptions.Section).GetValue(nameof(DatabaseOptions.Provider), DatabaseProvider.Sqlite);
        return services.AddScheduledJobs(JobSchedule.For(provider));
    }

    /// <summary>
    /// On SQLite, the loop that copies the log into the database file every second (<see cref="Data.SqliteCheckpointLoop"/>;
    /// PostgreSQL checkpoints itself). Call after <c>AddPmgData</c>, which registers the checkpoint it runs.
    /// </summary>
    public static IServiceCollection AddSqliteCheckpointLoop(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        var provider = configuration.GetSection(DatabaseOptions.Section).GetValue(nameof(DatabaseOptions.Provider), DatabaseProvider.Sqlite);
        if (provider == DatabaseProvider.Sqlite)
        {
            services.AddHostedService<Data.SqliteCheckpointLoop>();
        }

        return services;
    }

    /// <summary>
    /// Registers the inbox (options <c>Inbox</c>) and its recovery loop, which hands the turns it takes over to the
    /// host's <see cref="ITurnIntake"/> (the bot's turn queue). Needs <c>PmgDbContext</c> in DI.
    /// </summary>
    public static IServiceCollection AddInboxRecovery(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddInbox();
        services.AddHostedService<InboxRecoveryJob>();
        return services;
    }
}
