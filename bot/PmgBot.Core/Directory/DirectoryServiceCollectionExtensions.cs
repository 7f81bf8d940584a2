using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PmgBot.Core.Audit;

namespace PmgBot.Core.Directory;

public static class DirectoryServiceCollectionExtensions
{
    /// <summary>Registers <see cref="IProfessionalDirectory"/> and <see cref="DirectoryImporter"/> (scoped). Needs <c>AddPmgData</c>.</summary>
    public static IServiceCollection AddDirectory(this IServiceCollection services)
    {
        services.AddAudit();
        services.TryAddScoped<IProfessionalDirectory, ProfessionalDirectory>();
        services.TryAddScoped<DirectoryImporter>();
        return services;
    }
}
