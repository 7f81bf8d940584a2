using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace PmgBot.Core.Register;

public static class RegisterServiceCollectionExtensions
{
    /// <summary>The youth register and reports: counters for references. Needs <c>AddPmgData</c>.</summary>
    public static IServiceCollection AddRegister(this IServiceCollection services)
    {
        services.TryAddScoped<IRecordCounters, RecordCounters>();
        return services;
    }
}
