using System.Reflection;

namespace PmgBot.E2E.Support;

/// <summary>Where things are in the repository the tests run from, and where test artefacts go.</summary>
public static class RepoPaths
{
    private static readonly Lazy<string> LazyRoot = new(FindRoot);

    /// <summary>The folder that holds PmgBot.sln, found by walking up from the test binaries.</summary>
    public static string Root => LazyRoot.Value;

    /// <summary>The build configuration of this test assembly (Debug or Release); the bot is run from the same one.</summary>
    public static string Configuration { get; } =
        typeof(RepoPaths).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";

    /// <summary>The built bot: bot/PmgBot.Bot/bin/&lt;Configuration&gt;/net10.0/PmgBot.Bot.dll.</summary>
    public static string BotDll => Path.Combine(Root, "bot", "PmgBot.Bot", "bin", Configuration, "net10.0", "PmgBot.Bot.dll");

    /// <summary>The Agents Playground installed by <c>npm ci</c> in tests/tools.</summary>
    public static string PlaygroundExecutable => Path.Combine(Root, "tests", "tools", "node_modules", ".bin", "agentsplayground");

    /// <summary>artifacts/e2e under the repository root (gitignored); created on first use.</summary>
    public static string Artifacts
    {
        get
        {
            var dir = Path.Combine(Root, "artifacts", "e2e");
            Directory.CreateDirectory(dir);
            return dir;
        }
    }

    /// <summary>A path for an artefact file such as a screenshot or a process log.</summary>
    public static string Artifact(string fileName) => Path.Combine(Artifacts, fileName);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PmgBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No PmgBot.sln found in {AppContext.BaseDirectory} or any folder above it.");
    }
}
