using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace PmgBot.Core.Data;

public static class KeyRingServiceCollectionExtensions
{
    /// <summary>
    /// ASP.NET Core Data Protection with a key ring that several instances and restarts share (<see cref="KeyRingOptions"/>):
    /// by default in the database (<c>DataProtectionKeys</c>, through <see cref="PmgDbContext"/>), else in
    /// <c>DataProtection:KeyFolder</c>; one application name for all. Without this every instance would make its own
    /// keys (in memory, or in its user profile) and a token made by one could not be read by another or after a restart.
    /// The keys are stored as they are: protect the database (or folder) accordingly. Needs <c>AddPmgData</c>.
    /// </summary>
    public static IServiceCollection AddPmgDataProtection(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(KeyRingOptions.Section);
        services.AddOptions<KeyRingOptions>().Bind(section).ValidateDataAnnotations().ValidateOnStart();
        var settings = section.Get<KeyRingOptions>() ?? new KeyRingOptions();
        var protection = services.AddDataProtection().SetApplicationName(string.IsNullOrWhiteSpace(settings.ApplicationName) ? "PmgBot" : settings.ApplicationName);
        if (string.IsNullOrWhiteSpace(settings.KeyFolder))
        {
            protection.PersistKeysToDbContext<PmgDbContext>();
        }
        else
        {
            protection.PersistKeysToFileSystem(new DirectoryInfo(settings.KeyFolder));
        }

        return services;
    }
}
