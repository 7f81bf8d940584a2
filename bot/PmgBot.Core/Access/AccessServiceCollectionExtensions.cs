using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using PmgBot.Core.Directory;

namespace PmgBot.Core.Access;

public static class AccessServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IAccessService"/> and <see cref="ICaseRelations"/> with the tenant allow-list from section <c>Access</c> (validated at start).
    /// Also registers the directory and the audit log. Needs <c>AddPmgData</c>.
    /// </summary>
    public static IServiceCollection AddAccess(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<TenantOptions>().Bind(configuration.GetSection(TenantOptions.Section)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TenantOptions>, TenantOptionsValidator>());
        services.AddDirectory();
        services.TryAddScoped<IAccessService, AccessService>();
        services.TryAddScoped<ICaseRelations, CaseRelations>();
        return services;
    }
}
