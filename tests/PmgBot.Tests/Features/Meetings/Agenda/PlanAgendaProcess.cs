using System.Diagnostics;
using System.Reflection;
using System.Text;
using PmgBot.Tests.Cards;

namespace PmgBot.Tests.Features.Meetings.Agenda;

/// <summary>
/// Runs <c>dotnet bot/PmgBot.Bot/bin/&lt;configuration&gt;/net10.0/PmgBot.Bot.dll plan-agenda …</c> as a real process,
/// with settings in the environment that would break the bot if the command read them.
/// </summary>
internal static class PlanAgendaProcess
{
    private static readonly string Configuration =
        typeof(PlanAgendaProcess).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";

    public static string BotDll => Path.Combine(RepoPaths.Root, "bot", "PmgBot.Bot", "bin", Configuration, "net10.0", "PmgBot.Bot.dll");

    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(string workingDirectory, params string[] arguments)
    {
        if (!File.Exists(BotDll))
        {
            throw new InvalidOperationException($"{BotDll} is missing: build the solution first (dotnet build PmgBot.sln -c {Configuration}).");
        }

        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(BotDll);
        start.ArgumentList.Add("plan-agenda");
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // The bot refuses to start like this (Production without an app id, an unknown database provider).
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Database__Provider"] = "Nonsense";
        start.Environment["Database__ConnectionString"] = "Host=nowhere.invalid";

        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var error = process.StandardError.ReadToEndAsync(timeout.Token);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("plan-agenda did not finish within a minute.");
        }

        return (process.ExitCode, await output, await error);
    }
}
