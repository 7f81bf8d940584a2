using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging;
using PmgBot.Cards;
using PmgBot.Core.Access;
using PmgBot.Core.Connector;
using PmgBot.Core.Data;
using PmgBot.Core.Features.Actions;
using PmgBot.Core.Features.Meetings.Registration;
using PmgBot.Core.Outbox;

namespace PmgBot.Benchmarks.Actions;

/// <summary>
/// The bot's own registrations for what the reminder sweep needs (data, directory and access, cards, outbox, the actions
/// feature) on a PostgreSQL database, in process: the sweep measured is the bot's <see cref="ReminderSweep"/>.
/// </summary>
internal static class ActionsServices
{
    public static async Task<ServiceProvider> BuildAsync(string connectionString, string contentRoot, TimeProvider clock, CancellationToken cancellationToken)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Database:Provider"] = "Postgres",
                ["Database:ConnectionString"] = connectionString,
                ["Connector:CredentialType"] = "None",
            })
            .Build();
        var environment = new HostingEnvironment { ApplicationName = "PmgBot.Benchmarks", EnvironmentName = Environments.Production, ContentRootPath = contentRoot };
        var services = new ServiceCollection();
        services.AddLogging(l => l.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSingleton<IHostEnvironment>(environment);
        services.AddSingleton(clock);
        services.AddPmgData(configuration, environment);
        services.AddAccess(configuration);
        services.AddMeetings();
        services.AddConnector(configuration);
        services.AddOutbox();
        services.AddCards();
        services.AddActions();
        var built = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
        await built.MigratePmgDatabaseAsync(cancellationToken).ConfigureAwait(false);
        return built;
    }
}
