namespace PmgBot.Tests.Cards;

/// <summary>Locates folders of the repository by walking up from the test binaries to the folder holding PmgBot.sln.</summary>
internal static class RepoPaths
{
    private static readonly Lazy<string> RootLazy = new(FindRoot);

    public static string Root => RootLazy.Value;

    public static string Templates => Path.Combine(Root, "cards", "templates");

    public static string Tools => Path.Combine(Root, "tests", "tools");

    public static string Manifest => Path.Combine(Root, "manifest");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PmgBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No folder containing PmgBot.sln above {AppContext.BaseDirectory}.");
    }
}
