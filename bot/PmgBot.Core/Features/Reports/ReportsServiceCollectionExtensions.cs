using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace PmgBot.Core.Features.Reports;

public static class ReportsServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IReportService"/> and <see cref="ReportFollowUp"/> (scoped) and the follow-up wake-up signal
    /// (singleton). Needs <c>AddPmgData</c>, <c>AddRegister</c>, <c>AddAccess</c> and <c>AddAudit</c>. After-submit
    /// steps are registered as <see cref="IReportSubmittedHandler"/> (scoped) by their owners; the job that runs them is in
    /// jobs (<c>AddPmgJobs</c>).
    /// </summary>
    public static IServiceCollection AddReports(this IServiceCollection services)
    {
        services.AddReportFollowUpSignal();
        services.TryAddScoped<IReportService, ReportService>();
        services.TryAddScoped<ReportFollowUp>();
        return services;
    }

    /// <summary>The singleton that wakes the follow-up job when a report was stored (also registered by <c>AddPmgJobs</c>).</summary>
    public static IServiceCollection AddReportFollowUpSignal(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IReportFollowUpSignal, ReportFollowUpSignal>();
        return services;
    }
}
