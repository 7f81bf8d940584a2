using System.Text;
using Microsoft.Playwright;

namespace PmgBot.E2E.Support;

/// <summary>
/// Headless Debian Chromium (/usr/bin/chromium, no Playwright browser download) with a fresh temporary profile,
/// started through launchPersistentContext as the tooling notes require. Browser console output goes to
/// artifacts/e2e/&lt;name&gt;-console.log.
/// </summary>
public sealed class BrowserSession : IAsyncDisposable
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private static readonly string[] ChromiumArgs =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",

        // Loopback only: the Playground page also asks a CDN for fonts and an animation script; fail those at once.
        "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1",
    ];

    private readonly IBrowserContext _context;
    private readonly TempDirectory _profile;
    private readonly StreamWriter _console;

    private BrowserSession(IBrowserContext context, IPage page, TempDirectory profile, StreamWriter console)
    {
        _context = context;
        Page = page;
        _profile = profile;
        _console = console;
    }

    public IPage Page { get; }

    /// <param name="locale">The browser's language (the Playground stamps en-US on the activities whatever it is).</param>
    public static async Task<BrowserSession> LaunchAsync(IPlaywright playwright, string name, string locale = "nl-NL")
    {
        ArgumentNullException.ThrowIfNull(playwright);
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"{ChromiumPath} is missing: install it with `apt-get install -y chromium` (tests/run.sh does).");
        }

        var profile = new TempDirectory("pmgbot-e2e-chromium-");
        var context = await playwright.Chromium.LaunchPersistentContextAsync(profile.Path, new()
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
            ViewportSize = new() { Width = 1400, Height = 900 },
            Locale = locale,
        }).ConfigureAwait(false);
        var page = context.Pages.Count > 0 ? context.Pages[0] : await context.NewPageAsync().ConfigureAwait(false);
        page.SetDefaultTimeout(30_000);
        var console = new StreamWriter(RepoPaths.Artifact(name + "-console.log"), append: false, new UTF8Encoding(false)) { AutoFlush = true };
        page.Console += (_, message) => Write(console, $"[{message.Type}] {message.Text}");
        page.PageError += (_, error) => Write(console, $"[pageerror] {error}");
        return new BrowserSession(context, page, profile, console);
    }

    /// <summary>Saves a full-window screenshot to artifacts/e2e/&lt;fileName&gt; and returns its path.</summary>
    public async Task<string> ScreenshotAsync(string fileName)
    {
        var path = RepoPaths.Artifact(fileName);
        await Page.ScreenshotAsync(new() { Path = path }).ConfigureAwait(false);
        return path;
    }

    public async ValueTask DisposeAsync()
    {
        await _context.CloseAsync().ConfigureAwait(false);
        await _context.DisposeAsync().ConfigureAwait(false);
        lock (_console)
        {
            _console.Dispose();
        }

        _profile.Dispose();
    }

    private static void Write(StreamWriter console, string line)
    {
        lock (console)
        {
            if (console.BaseStream is not null)
            {
                console.WriteLine(line);
            }
        }
    }
}
