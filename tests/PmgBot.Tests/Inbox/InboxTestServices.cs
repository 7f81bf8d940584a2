using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using PmgBot.Cards;
using PmgBot.Core.Access;
using PmgBot.Core.Connector;
using PmgBot.Core.Data;
using PmgBot.Core.Features.Actions;
using PmgBot.Core.Features.Meetings.Calendar;
using PmgBot.Core.Features.Meetings.Digest;
using PmgBot.Core.Features.Meetings.Registration;
using PmgBot.Core.Features.Meetings;
using PmgBot.Core.Outbox;
using PmgBot.Core.Inbox;
using PmgBot.Tests.Storage;
using PmgBot.Tests.Support;

namespace PmgBot.Tests.Inbox;

/// <summary>The inbox wired as the bot wires it (AddPmgData + AddInbox) on a migrated database of either provider.</summary>
internal static class InboxTestServices
{
    /// <summary>The activities' own timestamp (a redelivery carries the same).</summary>
    private static readonly DateTimeOffset Timestamp = new(2026, 11, 22, 8, 0, 0, TimeSpan.Zero);

    public static async Task<ServiceProvider> BuildAsync(
        StorageProvider provider, string connectionString, string contentRoot, TimeProvider clock, InboxProcess? process = null, bool migrate = true,
        Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor? interceptor = null, int postgresWriters = 1, Action<IServiceCollection>? configure = null)
    {
        Directory.CreateDirectory(contentRoot);
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Database:Provider"] = provider.ToString(),
                ["Database:ConnectionString"] = connectionString,
                ["Inbox:LeaseDuration"] = "00:00:30",
                ["Inbox:MaxAttempts"] = "3",
                ["Inbox:Retention"] = "01:00:00",
                ["Connector:CredentialType"] = "None",
                // One loop unless a test asks for more: several tests read "a later append's commit also wrote the
                // completions handed over before it", which holds per loop.
                ["Inbox:PostgresWriters"] = postgresWriters.ToString(System.Globalization.CultureInfo.InvariantCulture),
            })
            .Build();
        var environment = new HostingEnvironment { ApplicationName = "PmgBot.Tests", EnvironmentName = Environments.Development, ContentRootPath = contentRoot };
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSingleton(clock);
        if (process is not null)
        {
            services.AddSingleton(process);
        }

        if (interceptor is not null)
        {
            services.AddSingleton(interceptor);
        }

        services.AddPmgData(configuration, environment);
        services.AddInbox();

        // What the scheduled jobs other than the inbox purge need (the job server tests run the whole schedule).
        services.AddAccess(configuration);
        services.AddMeetings();
        services.AddSingleton<IHostEnvironment>(environment);
        services.AddConnector(configuration);
        services.AddOutbox();
        services.AddCards();
        services.AddIcsCalendar();
        services.AddMeetingDigest();
        services.AddActions();
        configure?.Invoke(services);
        var built = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
        if (migrate)
        {
            await built.MigratePmgDatabaseAsync(CancellationToken.None);
        }

        return built;
    }

    public static InboxEntry Entry(string conversationId, string activityId) =>
        new(conversationId, activityId, Timestamp, $$"""{"type":"message","id":"{{activityId}}","text":"help"}""", "corr-" + activityId);
}
