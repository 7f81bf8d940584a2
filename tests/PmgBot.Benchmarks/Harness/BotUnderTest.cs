using System.Net;

namespace PmgBot.Benchmarks.Harness;

/// <summary>
/// PmgBot (Release build) as it runs in production, but on loopback: a temp folder with its own SQLite database,
/// the benchmark directory (directory.json) imported with the bot's own CLI, JWT validation against the local issuer,
/// replies to the sink without connector authentication, the per-tenant send limit raised (see <see cref="Environment"/>).
/// Everything else (queue, workers, database settings) is the production default. Disposing stops the bot and deletes the temp folder.
/// </summary>
public sealed class BotUnderTest : IAsyncDisposable
{
    /// <summary>The bot's app id: the <c>aud</c> of the tokens (activity.json's recipient is <c>28:</c> + this).</summary>
    public const string AppId = "6f1c2a3b-4d5e-4f60-8a71-92b3c4d5e6f7";

    /// <summary>The tenant of activity.json, the only allowed tenant.</summary>
    public const string TenantId = "00000000-0000-0000-0000-0000000000aa";

    public static readonly Uri BaseUrl = new("http://127.0.0.1:3978");

    private readonly DirectoryInfo _temp;
    private readonly string _logDirectory;

    private BotUnderTest(DirectoryInfo temp, string logDirectory, ChildProcess process, TimeSpan startUp)
    {
        _temp = temp;
        _logDirectory = logDirectory;
        Process = process;
        StartUp = startUp;
    }

    public ChildProcess Process { get; }

    /// <summary>Process start → first 200 on <c>GET /readyz</c>.</summary>
    public TimeSpan StartUp { get; }

    public static Uri MessagesUrl => new(BaseUrl, "/api/messages");

    public static Task<BotUnderTest> StartAsync(
        BenchmarkSettings settings,
        Uri issuerMetadataUrl,
        ReadinessProbe probe,
        string logDirectory,
        TimeProvider time,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return StartAsync(
            new BotLaunch(settings.BotAssembly, Path.Combine(settings.BenchDirectory, "directory.json"), issuerMetadataUrl, settings.Profile),
            probe,
            logDirectory,
            time,
            cancellationToken);
    }

    /// <summary>
    /// Imports <see cref="BotLaunch.DirectoryFile"/> with the bot's CLI (which also migrates the database), runs
    /// <see cref="BotLaunch.BeforeStart"/> (e.g. seeding) with the bot's settings, then starts the bot and waits for
    /// <c>GET /readyz</c>.
    /// </summary>
    public static async Task<BotUnderTest> StartAsync(
        BotLaunch launch,
        ReadinessProbe probe,
        string logDirectory,
        TimeProvider time,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(launch);
        ArgumentNullException.ThrowIfNull(probe);
        if (!File.Exists(launch.BotAssembly))
        {
            throw new FileNotFoundException($"The bot is not built: {launch.BotAssembly} (run.sh builds it).");
        }

        var temp = Directory.CreateTempSubdirectory("pmgbot-bench-");
        try
        {
            var environment = Environment(temp.FullName, launch.IssuerMetadataUrl);
            foreach (var (name, value) in launch.Settings ?? new Dictionary<string, string>())
            {
                environment[name] = value;
            }

            var workingDirectory = Path.GetDirectoryName(launch.BotAssembly)!;
            var import = await CommandRunner.RunAsync(
                new ProcessSpec("import-directory", "dotnet", [launch.BotAssembly, "import-directory", launch.DirectoryFile], workingDirectory, environment),
                TimeSpan.FromMinutes(2),
                cancellationToken).ConfigureAwait(false);
            if (import.ExitCode != 0)
            {
                throw new InvalidOperationException($"import-directory failed (exit {import.ExitCode}):\n{import.Output}");
            }

            Console.WriteLine($"  directory imported: {import.Output.Trim()}");
            if (launch.BeforeStart is not null)
            {
                await launch.BeforeStart(environment, workingDirectory, cancellationToken).ConfigureAwait(false);
            }

            // BENCH_BOT_<NAME>=value in the driver's environment sets <NAME> for the bot only (e.g. a runtime knob).
            foreach (var (name, value) in BotOnlyVariables())
            {
                environment[name] = value;
            }

            if (launch.Profile)
            {
                // perf resolves JIT-compiled methods through /tmp/perf-<pid>.map; with W^X on, the code runs from a
                // double mapping perf cannot attribute (shown as memfd:doublemapper). The bot only, not the import.
                environment["DOTNET_PerfMapEnabled"] = "1";
                environment["DOTNET_EnableWriteXorExecute"] = "0";
            }

            var process = ChildProcess.Start(
                new ProcessSpec(TargetNames.Bot, "dotnet", [launch.BotAssembly], workingDirectory, environment),
                Path.Combine(logDirectory, launch.LogName),
                time);
            try
            {
                var startUp = await probe.WaitAsync(process, new Uri(BaseUrl, "/readyz"), status => status == HttpStatusCode.OK, TimeSpan.FromMinutes(2), cancellationToken).ConfigureAwait(false);
                return new BotUnderTest(temp, logDirectory, process, startUp);
            }
            catch
            {
                await process.DisposeAsync().ConfigureAwait(false);
                throw;
            }
        }
        catch
        {
            temp.Delete(recursive: true);
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        var pid = Process.Id;
        await Process.DisposeAsync().ConfigureAwait(false);
        foreach (var map in new[] { $"perf-{pid}.map", $"perfinfo-{pid}.map" })
        {
            // PROFILE=1: keep the JIT symbol map beside the perf data (copy it back to /tmp to re-run perf report).
            var source = Path.Combine("/tmp", map);
            if (File.Exists(source))
            {
                File.Move(source, Path.Combine(_logDirectory, map), overwrite: true);
            }
        }

        try
        {
            _temp.Delete(recursive: true);
        }
        catch (IOException ex)
        {
            await Console.Error.WriteLineAsync($"warning: could not delete {_temp.FullName}: {ex.Message}").ConfigureAwait(false);
        }
    }

    private static IEnumerable<(string Name, string Value)> BotOnlyVariables()
    {
        const string Prefix = "BENCH_BOT_";
        foreach (System.Collections.DictionaryEntry entry in System.Environment.GetEnvironmentVariables())
        {
            if (entry.Key is string name && name.StartsWith(Prefix, StringComparison.Ordinal) && name.Length > Prefix.Length)
            {
                yield return (name[Prefix.Length..], entry.Value as string ?? "");
            }
        }
    }

    /// <summary>The bot's settings as environment variables; the import CLI gets the same so it writes the same database.</summary>
    private static Dictionary<string, string> Environment(string tempDirectory, Uri issuerMetadataUrl) => new(StringComparer.Ordinal)
    {
        ["ASPNETCORE_URLS"] = BaseUrl.ToString().TrimEnd('/'),
        ["ASPNETCORE_ENVIRONMENT"] = "Benchmark",
        ["Bot__AppId"] = AppId,
        ["Bot__BotFrameworkOpenIdMetadataUrl"] = issuerMetadataUrl.ToString(),
        ["Bot__RequireHttpsMetadata"] = "false",
        ["Connector__CredentialType"] = "None",
        // The bot keeps Teams' limit of 50 sends per second per tenant client-side (protocol.md §5); every benchmark
        // activity is in one tenant, so the default would cap the replies at 50/s and measure Teams' quota, not the bot.
        ["Connector__GlobalRequestsPerSecond"] = "10000",
        ["Database__Provider"] = "Sqlite",
        ["Database__ConnectionString"] = $"Data Source={Path.Combine(tempDirectory, "bench.db")}",
        ["Access__AllowedTenantIds__0"] = TenantId,
        ["Logging__LogLevel__Default"] = "Warning",
    };
}
