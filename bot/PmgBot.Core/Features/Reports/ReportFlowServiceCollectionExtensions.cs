using Microsoft.Extensions.DependencyInjection;
using PmgBot.Core.Register;

namespace PmgBot.Core.Features.Reports;

public static class ReportFlowServiceCollectionExtensions
{
    /// <summary>The report flows (zorg melden, mijn meldingen, melden bij PmgBot from a message), the report service and the urgent alert (Order 200).</summary>
    public static IServiceCollection AddReportFlows(this IServiceCollection services)
    {
        services.AddReports();
        services.AddScoped<ReportFlow>();
        services.AddScoped<MyReportsFlow>();
        services.AddScoped<MessageReportFlow>();
        services.AddScoped<IReportSubmittedHandler, UrgentReportAlert>();
        return services;
    }
}
