using PmgBot.Core.Features.Meetings.Agenda;

namespace PmgBot.Bot.Cli;

/// <summary>
/// <c>plan-agenda &lt;file.json&gt;</c>: what-if planning of a JPP agenda (issue 14). Reads
/// <c>{"items":[{"id":"PMG-J-0017","minutes":10,"partners":["politie","halt"]}]}</c> and prints the plan as one line of
/// JSON on stdout (exit 0). Needs no database or settings. Bad input: Dutch messages on stderr, exit 2.
/// </summary>
public static class PlanAgendaCommand
{
    /// <summary>Files larger than this are refused unread: 200 items with 50 partners each fit in a fraction of it.</summary>
    private const long MaxFileBytes = 2 * 1024 * 1024;

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        if (args is not [var path])
        {
            await error.WriteLineAsync("Gebruik: plan-agenda <bestand.json>").ConfigureAwait(false);
            return 2;
        }

        byte[] bytes;
        try
        {
            var file = new FileInfo(path);
            if (!file.Exists)
            {
                await error.WriteLineAsync($"Bestand niet gevonden: {path}").ConfigureAwait(false);
                return 2;
            }

            if (file.Length > MaxFileBytes)
            {
                await error.WriteLineAsync($"Het bestand {path} is groter dan 2 MB.").ConfigureAwait(false);
                return 2;
            }

            bytes = await File.ReadAllBytesAsync(path).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            await error.WriteLineAsync($"Het bestand {path} kan niet worden gelezen.").ConfigureAwait(false);
            return 2;
        }

        var read = AgendaJson.Read(bytes);
        if (read.Request is not { } request)
        {
            await error.WriteLineAsync(read.Error).ConfigureAwait(false);
            return 2;
        }

        var result = new AgendaPlanner().Plan(request);
        if (result.Plan is not { } plan)
        {
            foreach (var message in result.Errors)
            {
                await error.WriteLineAsync(message).ConfigureAwait(false);
            }

            return 2;
        }

        await output.WriteLineAsync(AgendaJson.Write(plan)).ConfigureAwait(false);
        return 0;
    }
}
