namespace PmgBot.E2E.Support;

/// <summary>How <see cref="BotProcess"/> starts the bot.</summary>
public sealed record BotProcessOptions
{
    public int Port { get; init; } = BotProcess.DefaultPort;

    /// <summary>SQLite database file. Null: a fresh file in a temp folder owned (and deleted) by the process wrapper.
    /// Pass a path to restart a bot on the same database, e.g. after a kill.</summary>
    public string? DatabasePath { get; init; }

    /// <summary>Name of the output log under artifacts/e2e (without .log).</summary>
    public string LogName { get; init; } = "bot";

    /// <summary>Extra or overriding environment variables (configuration keys with <c>__</c>); null removes a variable.</summary>
    public IReadOnlyDictionary<string, string?> Environment { get; init; } = new Dictionary<string, string?>();

    public TimeSpan ReadyTimeout { get; init; } = TimeSpan.FromSeconds(90);
}
