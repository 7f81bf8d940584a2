namespace PmgBot.E2E.Playground;

/// <summary>
/// A second bot + Playground pair for a user whose Teams speaks English. The Playground stamps en-US on every activity
/// whoever types, so the bot ignores its locale (the Dutch scenarios) unless <c>Endpoint:PlaygroundLocale</c> says which
/// user it plays: here en-US. Runs after (never beside) the Dutch pair: the collections share the fixed ports.
/// </summary>
public sealed class EnglishPlaygroundFixture : IAsyncLifetime
{
    public PlaygroundFixture Playground { get; } = new(
        new Dictionary<string, string?> { ["Endpoint__PlaygroundLocale"] = "en-US" }, "bot-english", "en-US");

    public Task InitializeAsync() => Playground.InitializeAsync();

    public Task DisposeAsync() => Playground.DisposeAsync();
}
