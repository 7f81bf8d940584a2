using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PmgBot.Core.Audit;

namespace PmgBot.Core.Directory;

public static class DirectoryServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IProfessionalDirectory"/> and <see cref="DirectoryImporter"/> (scoped), the profile cache and
    /// the interceptor that clears it when the directory tables change (added to every context). Needs <c>AddPmgData</c>.
    /// </summary>
    public static IServiceCollection AddDirectory(this IServiceCollection services)
    {
        services.AddAudit();
        services.TryAddSingleton<ProfessionalProfileCache>();
        services.TryAddSingleton<DirectoryChangeInterceptor>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IInterceptor, DirectoryChangeInterceptor>(sp => sp.GetRequiredService<DirectoryChangeInterceptor>()));
        services.TryAddScoped<IProfessionalDirectory, ProfessionalDirectory>();
        services.TryAddScoped<DirectoryImporter>();
        return services;
    }
}
