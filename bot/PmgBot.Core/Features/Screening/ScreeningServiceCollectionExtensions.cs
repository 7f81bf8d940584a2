using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PmgBot.Core.Register;

namespace PmgBot.Core.Features.Screening;

public static class ScreeningServiceCollectionExtensions
{
    /// <summary>
    /// Matching of new reports to the youth register (<see cref="ReportMatchingHandler"/>, order 0) and the youth record
    /// factory the chair's "keep apart" uses. Needs <c>AddPmgData</c> and <c>AddRegister</c>.
    /// </summary>
    public static IServiceCollection AddReportMatching(this IServiceCollection services)
    {
        services.TryAddScoped<YouthRecordFactory>();
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IReportSubmittedHandler, ReportMatchingHandler>());
        return services;
    }
}
