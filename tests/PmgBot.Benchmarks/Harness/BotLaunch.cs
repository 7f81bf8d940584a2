namespace PmgBot.Benchmarks.Harness;

/// <summary>
/// How <see cref="BotUnderTest"/> starts the bot: the Release build, the directory file to import, the local issuer,
/// extra settings (environment variable names such as <c>Database__Provider</c>) over the defaults, an optional step
/// between import and start (gets the bot's full settings and its working directory), and <c>PROFILE=1</c>.
/// </summary>
public sealed record BotLaunch(
    string BotAssembly,
    string DirectoryFile,
    Uri IssuerMetadataUrl,
    bool Profile,
    IReadOnlyDictionary<string, string>? Settings = null,
    Func<IReadOnlyDictionary<string, string>, string, CancellationToken, Task>? BeforeStart = null,
    string LogName = "bot.log");
