using System.ComponentModel;
using System.Diagnostics;

namespace PmgBot.Tests.Cards;

/// <summary>
/// Runs the node scripts in tests/tools. Fails (never skips) with a clear message when node or the npm packages are missing.
/// </summary>
internal static class NodeTools
{
    public const string InstallHint =
        "Run the test command of the README (tests/run.sh installs them), or `npm ci --prefix tests/tools` (see tests/tools/README.md).";

    private static readonly string[] RequiredPackages =
        ["adaptivecards", "adaptivecards-templating", "jsdom", Path.Combine("@microsoft", "app-manifest"), "fs-extra"];

    public static async Task<NodeResult> RunAsync(string script, params string[] arguments)
    {
        EnsureInstalled();
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = RepoPaths.Tools,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(RepoPaths.Tools, script));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException("node did not start.");
        }
        catch (Win32Exception ex)
        {
            throw new InvalidOperationException($"`node` is not on PATH ({ex.Message}). Install node 20+. {InstallHint}", ex);
        }

        using (process)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
            var stdout = process.StandardOutput.ReadToEndAsync(timeout.Token);
            var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"node {script} did not finish within 2 minutes.");
            }

            return new NodeResult(process.ExitCode, await stdout, await stderr);
        }
    }

    public static void EnsureInstalled()
    {
        var modules = Path.Combine(RepoPaths.Tools, "node_modules");
        var missing = RequiredPackages.Where(p => !File.Exists(Path.Combine(modules, p, "package.json"))).ToArray();
        if (missing.Length > 0)
        {
            throw new InvalidOperationException(
                $"The npm packages {string.Join(", ", missing)} are missing in {modules}. {InstallHint}");
        }
    }
}
