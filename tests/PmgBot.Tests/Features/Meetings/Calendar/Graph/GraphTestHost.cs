using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PmgBot.Core.Features.Meetings.Calendar;
using PmgBot.Graph;
using PmgBot.Tests.Auth;
using PmgBot.Tests.Support;

namespace PmgBot.Tests.Features.Meetings.Calendar.Graph;

/// <summary>
/// The Graph gateway as the bot registers it (AddGraphCalendar: named HttpClient with the SDK's middleware, Azure.Identity
/// auth provider) pointed at a <see cref="FakeGraphServer"/>; only the credential is a fake.
/// </summary>
internal sealed class GraphTestHost : IAsyncDisposable
{
    private GraphTestHost(FakeGraphServer server, ServiceProvider services, CapturingLoggerProvider logs, FixedGraphCredentialFactory credentials)
    {
        Server = server;
        Services = services;
        Logs = logs;
        Credentials = credentials;
        Gateway = services.GetRequiredService<ICalendarGateway>();
    }

    public FakeGraphServer Server { get; }

    public ServiceProvider Services { get; }

    public CapturingLoggerProvider Logs { get; }

    public FixedGraphCredentialFactory Credentials { get; }

    public ICalendarGateway Gateway { get; }

    public static async Task<GraphTestHost> StartAsync(Dictionary<string, string?>? extraSettings = null)
    {
        var server = await FakeGraphServer.StartAsync();
        var settings = new Dictionary<string, string?>
        {
            ["Graph:TenantId"] = "00000000-0000-0000-0000-0000000000aa",
            ["Graph:ClientId"] = "00000000-0000-0000-0000-0000000000bb",
            ["Graph:ClientSecret"] = "not-used-by-the-fake-credential",
            ["Graph:BaseUrl"] = server.BaseUrl,
        };
        foreach (var (key, value) in extraSettings ?? [])
        {
            settings[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var logs = new CapturingLoggerProvider();
        var credentials = new FixedGraphCredentialFactory();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging(b => b.AddProvider(logs).SetMinimumLevel(LogLevel.Trace));
        services.AddSingleton<IGraphCredentialFactory>(credentials);
        services.AddGraphCalendar(configuration);
        return new GraphTestHost(server, services.BuildServiceProvider(), logs, credentials);
    }

    /// <summary>(address, name, type) of every attendee in a request body.</summary>
    public static List<(string Address, string Name, string Type)> AttendeesOf(FakeGraphRequest request) =>
    [
        .. request.Get("attendees")!.Value.EnumerateArray().Select(a => (
            Text(a, "emailAddress", "address"),
            Text(a, "emailAddress", "name"),
            Text(a, "type"))),
    ];

    /// <summary>The path of a request without its query (OData $select).</summary>
    public static string PathOf(FakeGraphRequest request) => request.RawTarget.Split('?', 2)[0];

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await Server.DisposeAsync();
    }

    private static string Text(JsonElement element, params string[] path)
    {
        foreach (var name in path)
        {
            element = element.EnumerateObject().Single(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase)).Value;
        }

        return element.GetString()!;
    }
}
