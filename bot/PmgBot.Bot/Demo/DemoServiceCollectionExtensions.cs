using Microsoft.Extensions.DependencyInjection.Extensions;

namespace PmgBot.Bot.Demo;

public static class DemoServiceCollectionExtensions
{
    /// <summary>Registers the demo seeder (options section <c>Demo</c>). Needs AddPmgData and AddDirectory.</summary>
    public static IServiceCollection AddDemo(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<DemoOptions>()
            .Bind(configuration.GetSection(DemoOptions.Section))
            .ValidateDataAnnotations()
            .Validate<IHostEnvironment>(
                (options, environment) => !(options.Seed && environment.IsProduction()),
                "Demo:Seed staat aan in Production: fictieve demo-gegevens horen niet in een productie-omgeving.")
            .ValidateOnStart();
        services.TryAddScoped<DemoSeeder>();
        services.TryAddScoped<DemoRegisterSeeder>();
        return services;
    }

    /// <summary>Seeds the demo directory (when the directory is empty) and the demo register (when the register is empty) if <c>Demo:Seed</c> is on. Call after MigratePmgDatabaseAsync.</summary>
    public static async Task SeedDemoDataAsync(this IServiceProvider services, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        var scope = services.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync(cancellationToken).ConfigureAwait(false);
            await scope.ServiceProvider.GetRequiredService<DemoRegisterSeeder>().SeedAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
