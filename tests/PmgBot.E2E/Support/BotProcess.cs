using System.Diagnostics;

namespace PmgBot.E2E.Support;

/// <summary>
/// The built bot (<see cref="RepoPaths.BotDll"/>) as a real process on 127.0.0.1, in Development with demo data,
/// anonymous local mode (no app id, connector credentials None) and its own SQLite file. Ready when GET /healthz answers 200.
/// </summary>
public sealed class BotProcess : IAsyncDisposable
{
    public const int DefaultPort = 3978;

    private readonly ChildProcess _process;
    private readonly TempDirectory? _ownedData;

    private BotProcess(ChildProcess process, Uri baseAddress, string databasePath, TempDirectory? ownedData)
    {
        _process = process;
        BaseAddress = baseAddress;
        DatabasePath = databasePath;
        _ownedData = ownedData;
    }

    /// <summary>For example http://127.0.0.1:3978/.</summary>
    public Uri BaseAddress { get; }

    /// <summary>The bot's messaging endpoint, for example http://127.0.0.1:3978/api/messages.</summary>
    public Uri MessagesEndpoint => new(BaseAddress, "api/messages");

    public string DatabasePath { get; }

    public string LogPath => _process.LogPath;

    public bool HasExited => _process.HasExited;

    public static async Task<BotProcess> StartAsync(BotProcessOptions? options = null)
    {
        options ??= new BotProcessOptions();
        if (!File.Exists(RepoPaths.BotDll))
        {
            throw new InvalidOperationException(
                $"The bot is not built: {RepoPaths.BotDll} is missing. Run `dotnet build PmgBot.sln -c {RepoPaths.Configuration}` first.");
        }

        LoopbackPort.EnsureFree(options.Port, "bot");
        var ownedData = options.DatabasePath is null ? new TempDirectory("pmgbot-e2e-bot-") : null;
        var databasePath = options.DatabasePath ?? Path.Combine(ownedData!.Path, "pmgbot.db");
        var baseAddress = new Uri($"http://127.0.0.1:{options.Port}/");

        var startInfo = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(RepoPaths.BotDll)!,
        };
        startInfo.ArgumentList.Add(RepoPaths.BotDll);
        var env = startInfo.Environment;
        env["ASPNETCORE_URLS"] = $"http://127.0.0.1:{options.Port}";
        env["ASPNETCORE_ENVIRONMENT"] = "Development";
        env["DOTNET_ENVIRONMENT"] = "Development";
        env["Bot__AllowAnonymousWithoutAppId"] = "true";
        env["Connector__CredentialType"] = "None";
        env["Demo__Seed"] = "true";
        env["Database__ConnectionString"] = $"Data Source={databasePath}";
        env["DOTNET_NOLOGO"] = "1";
        foreach (var (key, value) in options.Environment)
        {
            if (value is null)
            {
                env.Remove(key);
            }
            else
            {
                env[key] = value;
            }
        }

        var process = ChildProcess.Start(startInfo, options.LogName);
        var bot = new BotProcess(process, baseAddress, databasePath, ownedData);
        try
        {
            await bot.WaitUntilHealthyAsync(options.ReadyTimeout).ConfigureAwait(false);
            return bot;
        }
        catch
        {
            await bot.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Kills the bot at once, like <c>kill -9</c>: no graceful shutdown. The database file stays.</summary>
    public Task KillAsync() => _process.KillAsync();

    public string OutputTail(int count = 40) => _process.OutputTail(count);

    public async ValueTask DisposeAsync()
    {
        await _process.DisposeAsync().ConfigureAwait(false);
        _ownedData?.Dispose();
    }

    private async Task WaitUntilHealthyAsync(TimeSpan timeout)
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var waited = Stopwatch.StartNew();
        string last = "no answer yet";
        while (waited.Elapsed < timeout)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The bot exited before it became healthy. Log {LogPath}:\n{_process.OutputTail()}");
            }

            try
            {
                using var response = await http.GetAsync(new Uri("healthz", UriKind.Relative)).ConfigureAwait(false);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }

                last = $"GET /healthz answered {(int)response.StatusCode}";
            }
            catch (HttpRequestException e)
            {
                last = e.Message;
            }
            catch (TaskCanceledException)
            {
                last = "GET /healthz timed out";
            }

            await Task.Delay(250).ConfigureAwait(false);
        }

        throw new InvalidOperationException(
            $"The bot did not become healthy within {timeout.TotalSeconds:0} s ({last}). Log {LogPath}:\n{_process.OutputTail()}");
    }
}
