namespace PmgBot.Bot.Demo;

/// <summary>Settings section <c>Demo</c>.</summary>
public sealed class DemoOptions
{
    public const string Section = "Demo";

    /// <summary>Import the fictional demo directory at start when the directory is still empty (default false).</summary>
    public bool Seed { get; set; }

    /// <summary>The demo file; a relative path is looked up under the content root, then next to the program.</summary>
    public string File { get; set; } = "Demo/demo-directory.json";
}
