using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace PmgBot.Core.Features.Chair;

public static class YouthRecordsServiceCollectionExtensions
{
    /// <summary>The chair's actions on youth records (<see cref="IYouthRecordService"/>, scoped). Needs <c>AddPmgData</c>, <c>AddAudit</c> and <c>AddAccess</c>.</summary>
    public static IServiceCollection AddYouthRecords(this IServiceCollection services)
    {
        services.TryAddScoped<IYouthRecordService, YouthRecordService>();
        return services;
    }
}
