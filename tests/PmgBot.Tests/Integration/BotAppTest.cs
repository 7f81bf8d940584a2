namespace PmgBot.Tests.Integration;

/// <summary>Base of the integration tests: a fresh <see cref="BotApp"/> (own database, own connector) per test.</summary>
public abstract class BotAppTest : IAsyncLifetime
{
    protected BotApp App { get; private set; } = null!;

    /// <summary>The app of one test; override to change environment or settings.</summary>
    protected virtual BotApp CreateApp() => new();

    public virtual async Task InitializeAsync() => App = await CreateApp().StartAsync();

    public virtual Task DisposeAsync()
    {
        App.Dispose();
        return Task.CompletedTask;
    }
}
