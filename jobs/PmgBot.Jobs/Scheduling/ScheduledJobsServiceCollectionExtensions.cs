using Hangfire;
using Hangfire.AspNetCore;
using Hangfire.Common;
using Hangfire.Dashboard;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using PmgBot.Core.Data;

namespace PmgBot.Jobs.Scheduling;

public static class ScheduledJobsServiceCollectionExtensions
{
    /// <summary>
    /// Runs <paramref name="jobs"/> (the host's <see cref="PmgBot.Jobs.JobSchedule"/>) on Hangfire (options
    /// <c>ScheduledJobs</c> and <c>ScheduledJobs:Dashboard</c>, validated at start). Everything Hangfire needs is
    /// registered per host (storage, activator, filters, recurring job manager); Hangfire's static
    /// <c>GlobalConfiguration</c> is left as it is, so hosts in one process (the tests) do not share jobs.
    /// </summary>
    public static IServiceCollection AddScheduledJobs(this IServiceCollection services, IReadOnlyList<ScheduledJob> jobs)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(jobs);
        services.AddOptions<ScheduledJobsOptions>().BindConfiguration(ScheduledJobsOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<JobDashboardOptions>().BindConfiguration(JobDashboardOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<JobDashboardOptions>, JobDashboardOptionsValidator>());

        services.TryAddSingleton(new ScheduledJobList(jobs));
        foreach (var job in jobs)
        {
            services.TryAddScoped(job.JobType);
        }

        services.TryAddSingleton(sp => ScheduledJobStorage.Create(
            sp.GetRequiredService<IOptions<DatabaseOptions>>().Value, sp.GetRequiredService<IOptions<ScheduledJobsOptions>>().Value));
        services.TryAddSingleton<JobActivator>(sp => new AspNetCoreJobActivator(sp.GetRequiredService<IServiceScopeFactory>()));
        services.TryAddSingleton<ScheduledJobFailureLog>();
        services.TryAddSingleton(sp => ScheduledJobFilters.Create(sp.GetRequiredService<ScheduledJobFailureLog>()));
        services.TryAddSingleton<IRecurringJobManagerV2>(sp =>
            new RecurringJobManager(sp.GetRequiredService<JobStorage>(), sp.GetRequiredService<IJobFilterProvider>()));
        services.TryAddSingleton<IRecurringJobManager>(sp => sp.GetRequiredService<IRecurringJobManagerV2>());

        services.AddHostedService<ScheduledJobServer>();

        // Hangfire.AspNetCore's dashboard checks that AddHangfire ran by looking for IGlobalConfiguration; the object is
        // registered without being configured (AddHangfire would set its static log provider and activator, shared by
        // every host in the process). The dashboard also wants its route table.
        services.TryAddSingleton<IGlobalConfiguration>(GlobalConfiguration.Configuration);
        services.TryAddSingleton(DashboardRoutes.Routes);

        services.AddOptions<AuthorizationOptions>().Configure<IOptions<JobDashboardOptions>, IHostEnvironment>((authorization, dashboard, environment) =>
            authorization.AddPolicy(JobDashboardPolicy.Name, JobDashboardPolicy.Build(dashboard.Value, environment.IsDevelopment())));
        return services;
    }

    /// <summary>Maps Hangfire's dashboard behind <see cref="JobDashboardPolicy"/> when <c>ScheduledJobs:Dashboard:Enabled</c>.</summary>
    public static IEndpointRouteBuilder MapPmgJobDashboard(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var options = endpoints.ServiceProvider.GetRequiredService<IOptions<JobDashboardOptions>>().Value;
        if (options.Enabled)
        {
            var dashboard = new DashboardOptions
            {
                DashboardTitle = "PmgBot scheduled jobs",
                AppPath = null,
                DisplayStorageConnectionString = false, // the connection string carries the database password
            };
            endpoints.MapHangfireDashboardWithAuthorizationPolicy(
                JobDashboardPolicy.Name, options.Path, dashboard, endpoints.ServiceProvider.GetRequiredService<JobStorage>());
        }

        return endpoints;
    }
}
