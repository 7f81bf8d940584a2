using PmgBot.E2E.Support;

namespace PmgBot.E2E.Playground;

/// <summary>
/// Base of the Playground scenarios that switch the demo user's role (<c>rol …</c>): closes the browser and leaves the
/// user as a melder (the role the other Playground tests expect first), even after a failure.
/// </summary>
public abstract class RoleScenarioTest : IAsyncLifetime
{
    protected abstract PlaygroundFixture Fixture { get; }

    /// <summary>The browser the scenario opened, if any.</summary>
    protected BrowserSession? Browser { get; set; }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        var from = Fixture.Stream.Count;
        await Fixture.Api.SendMessageAsync(Fixture.Config.PersonalChatId, Fixture.Config.CurrentUserId, "rol melder");
        await Fixture.Stream.WaitForAsync(f => f.Text?.StartsWith(BotTexts.RoleSwitched("melder"), StringComparison.Ordinal) == true, from);
    }
}
