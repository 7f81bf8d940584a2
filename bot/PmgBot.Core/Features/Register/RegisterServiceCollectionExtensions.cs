using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PmgBot.Core.Register;

namespace PmgBot.Core.Features.Register;

public static class RegisterServiceCollectionExtensions
{
    /// <summary>The youth register and reports: counters for references. Needs <c>AddPmgData</c>.</summary>
    public static IServiceCollection AddRegister(this IServiceCollection services)
    {
        services.TryAddScoped<IRecordCounters, RecordCounters>();
        services.TryAddScoped<IYouthRegister, YouthRegister>(); // lookup
        return services;
    }
}
