using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using PmgBot.Cards;
using PmgBot.Core.Access;
using PmgBot.Core.Connector;
using PmgBot.Core.Data;
using PmgBot.Core.Features.Meetings.Calendar;
using PmgBot.Core.Features.Meetings.Digest;
using PmgBot.Core.Features.Meetings.Registration;
using PmgBot.Core.Outbox;

namespace PmgBot.Benchmarks.Digest;

/// <summary>
/// The digest's services as the bot registers them (Core's own extensions: data, access, meetings, outbox, cards, the
/// embedded .ics calendar, the digest) on a SQLite file with the bot's settings (WAL, synchronous=NORMAL), in process.
/// </summary>
public static class DigestServices
{
    public static ServiceProvider Build(string folder, TimeProvider clock)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Database:Provider"] = "Sqlite",
                ["Database:ConnectionString"] = $"Data Source={Path.Combine(folder, "digest-bench.db")}",
                ["Connector:CredentialType"] = "None",
            })
            .Build();
        var environment = new HostingEnvironment { ApplicationName = "PmgBot.Benchmarks", EnvironmentName = Environments.Production, ContentRootPath = folder };
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSingleton(clock);
        services.AddSingleton<IHostEnvironment>(environment);
        services.AddPmgData(configuration, environment);
        services.AddAccess(configuration);
        services.AddMeetings();
        services.AddConnector(configuration);
        services.AddOutbox();
        services.AddCards();
        services.AddIcsCalendar();
        services.AddMeetingDigest();
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }
}
