using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PmgBot.Core.Register;

namespace PmgBot.Core.Features.Screening;

public static class ScreeningFlowServiceCollectionExtensions
{
    /// <summary>
    /// Matching (order 0), match notices (100), screening notices (150) as report-submitted handlers, and the screening
    /// flow. Called from <see cref="FlowServiceCollectionExtensions.AddFlows"/>.
    /// </summary>
    public static IServiceCollection AddScreening(this IServiceCollection services)
    {
        services.AddReportMatching();
        services.TryAddScoped<MatchNoticeSender>();
        services.TryAddScoped<ReporterStatusNotifier>();
        services.TryAddScoped<ScreeningCardBuilder>();
        services.TryAddScoped<ScreeningDecisionValidator>();
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IReportSubmittedHandler, MatchNoticeHandler>());
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IReportSubmittedHandler, ScreeningNoticeHandler>());
        services.AddScoped<ScreeningFlow>();
        return services;
    }
}
