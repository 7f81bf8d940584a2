using System.Globalization;
using Microsoft.Playwright;
using PmgBot.E2E.Support;

namespace PmgBot.E2E.Playground;

/// <summary>
/// Starts the built bot and the Agents Playground in front of it (nothing is built here: the tests run after
/// `dotnet build`), listens to the Playground's conversation stream and holds one Playwright driver. Everything
/// is killed (whole process trees) when the collection is done.
/// </summary>
public sealed class PlaygroundFixture : IAsyncLifetime
{
    private readonly IReadOnlyDictionary<string, string?> _botEnvironment;
    private readonly string _botLogName;
    private readonly string _browserLocale;
    private BotProcess? _bot;
    private PlaygroundProcess? _playground;
    private PlaygroundApi? _api;
    private ConversationStream? _stream;
    private IPlaywright? _playwright;
    private PlaygroundConfig? _config;

    public PlaygroundFixture()
        : this(new Dictionary<string, string?>(), "bot", "nl-NL")
    {
    }

    /// <summary>A bot with extra settings (<paramref name="botEnvironment"/>) and a browser in <paramref name="browserLocale"/>.</summary>
    internal PlaygroundFixture(IReadOnlyDictionary<string, string?> botEnvironment, string botLogName, string browserLocale)
    {
        _botEnvironment = botEnvironment;
        _botLogName = botLogName;
        _browserLocale = browserLocale;
    }

    public BotProcess Bot => _bot ?? throw NotStarted();

    public PlaygroundProcess Playground => _playground ?? throw NotStarted();

    public PlaygroundApi Api => _api ?? throw NotStarted();

    /// <summary>Everything the bot sent to any chat since the Playground started.</summary>
    public ConversationStream Stream => _stream ?? throw NotStarted();

    public PlaygroundConfig Config => _config ?? throw NotStarted();

    public IPlaywright Playwright => _playwright ?? throw NotStarted();

    /// <summary>How long a web-first assertion (<c>Expect(…)</c>) waits for the UI: the bot, the Playground and Chromium
    /// share two cores with the build and other test runs, so the 5 s default of Playwright is too short.</summary>
    public static readonly TimeSpan ExpectTimeout = TimeSpan.FromSeconds(30);

    public async Task InitializeAsync()
    {
        Assertions.SetDefaultExpectTimeout((float)ExpectTimeout.TotalMilliseconds);
        try
        {
            _bot = await BotProcess.StartAsync(new BotProcessOptions
            {
                Port = PortFromEnvironment("PMGBOT_E2E_BOT_PORT", BotProcess.DefaultPort),
                LogName = _botLogName,
                Environment = _botEnvironment,
            });
            _playground = await PlaygroundProcess.StartAsync(
                _bot.MessagesEndpoint, PortFromEnvironment("PMGBOT_E2E_PLAYGROUND_PORT", PlaygroundTestPort));
            _api = new PlaygroundApi(_playground.BaseAddress);
            _config = await _api.GetConfigAsync();
            _stream = await ConversationStream.ConnectAsync(_playground.BaseAddress);
            _playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        }
        catch
        {
            await DisposeAsync();
            throw;
        }
    }

    /// <summary>A fresh headless Chromium with the Playground opened (which installs the bot in the personal chat).</summary>
    public async Task<(BrowserSession Browser, PlaygroundPage Page)> OpenPlaygroundAsync(string scenario)
    {
        var browser = await BrowserSession.LaunchAsync(Playwright, scenario, _browserLocale);
        try
        {
            var page = new PlaygroundPage(browser.Page);
            await page.OpenAsync(Playground.BaseAddress);
            return (browser, page);
        }
        catch
        {
            await browser.DisposeAsync();
            throw;
        }
    }

    public async Task DisposeAsync()
    {
        _playwright?.Dispose();
        if (_stream is not null)
        {
            await _stream.DisposeAsync();
        }

        _api?.Dispose();
        if (_playground is not null)
        {
            await _playground.DisposeAsync();
        }

        if (_bot is not null)
        {
            await _bot.DisposeAsync();
        }
    }

    /// <summary>
    /// The Playground's port in the tests. Not its usual 56150: that lies in Linux's ephemeral port range
    /// (32768–60999), so any outgoing connection of the test run (PostgreSQL, HttpClient, Chromium) may hold it by
    /// chance, and the Playground then silently listens elsewhere (seen once in a clean-clone run).
    /// </summary>
    public const int PlaygroundTestPort = 26150;

    /// <summary>The fixed ports (bot 3978, Playground 26150) can be moved on a shared machine, e.g. PMGBOT_E2E_BOT_PORT=3979.</summary>
    private static int PortFromEnvironment(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.None, CultureInfo.InvariantCulture, out var port) ? port : fallback;

    private static InvalidOperationException NotStarted() => new("The Playground fixture is not started.");
}
