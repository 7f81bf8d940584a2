using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace PmgBot.Core.Audit;

public static class AuditServiceCollectionExtensions
{
    /// <summary>Registers <see cref="IAuditLog"/>. Needs <c>AddPmgData</c>.</summary>
    public static IServiceCollection AddAudit(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IAuditLog, AuditLog>();
        return services;
    }
}
