using PmgBot.E2E.Support;
using PmgBot.Tests.Support;

namespace PmgBot.E2E.Playground;

/// <summary>
/// A bot + Playground pair for the JPP cycle (issue 14) whose calendar bookings go to Microsoft Graph, here the fake
/// Graph server of the Graph adapter tests: the bot runs with <c>Graph:*</c> set (so it books through the real Graph
/// SDK instead of writing .ics files) and gets its app-only token as an App Service managed identity from
/// <see cref="FakeManagedIdentityEndpoint"/>. Runs after (never beside) the other pairs: the collections share the fixed ports.
/// </summary>
public sealed class JppPlaygroundFixture : IAsyncLifetime
{
    public const string TenantId = "00000000-0000-0000-0000-0000000000aa";
    public const string ClientId = "00000000-0000-0000-0000-0000000000bb";

    private PlaygroundFixture? _playground;
    private FakeGraphServer? _graph;
    private FakeManagedIdentityEndpoint? _identity;
    private BotDatabase? _database;

    public PlaygroundFixture Playground => _playground ?? throw NotStarted();

    /// <summary>The fake Graph the bot books in: every request it received and the events it holds.</summary>
    public FakeGraphServer Graph => _graph ?? throw NotStarted();

    public FakeManagedIdentityEndpoint Identity => _identity ?? throw NotStarted();

    /// <summary>The bot's own database (bookings, outbox), read from the test.</summary>
    public BotDatabase Database => _database ?? throw NotStarted();

    public async Task InitializeAsync()
    {
        _graph = await FakeGraphServer.StartAsync();
        _identity = await FakeManagedIdentityEndpoint.StartAsync();
        var environment = new Dictionary<string, string?>
        {
            ["Graph__TenantId"] = TenantId,
            ["Graph__ClientId"] = ClientId,
            ["Graph__CredentialType"] = "ManagedIdentity",
            ["Graph__BaseUrl"] = _graph.BaseUrl,
        };
        foreach (var (key, value) in _identity.BotEnvironment)
        {
            environment[key] = value;
        }

        _playground = new PlaygroundFixture(environment, "bot-jpp", "nl-NL");
        await _playground.InitializeAsync();
        _database = new BotDatabase(_playground.Bot.DatabasePath);
    }

    public async Task DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }

        if (_playground is not null)
        {
            await _playground.DisposeAsync();
        }

        if (_identity is not null)
        {
            await _identity.DisposeAsync();
        }

        if (_graph is not null)
        {
            await _graph.DisposeAsync();
        }
    }

    private static InvalidOperationException NotStarted() => new("The JPP Playground fixture is not started.");
}
