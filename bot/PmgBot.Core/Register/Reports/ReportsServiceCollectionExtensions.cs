using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace PmgBot.Core.Register.Reports;

public static class ReportsServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IReportService"/> (scoped). Needs <c>AddPmgData</c>, <c>AddRegister</c>, <c>AddDirectory</c>
    /// and <c>AddAudit</c>. After-submit steps are registered as <see cref="IReportSubmittedHandler"/> (scoped) by their owners.
    /// </summary>
    public static IServiceCollection AddReports(this IServiceCollection services)
    {
        services.TryAddScoped<IReportService, ReportService>();
        return services;
    }
}
