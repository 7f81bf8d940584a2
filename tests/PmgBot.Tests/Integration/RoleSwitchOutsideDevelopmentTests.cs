namespace PmgBot.Tests.Integration;

/// <summary>Outside Development the demo role switch does not exist: not as a command, not as a card verb.</summary>
public sealed class RoleSwitchOutsideDevelopmentTests : IAsyncLifetime
{
    private BotApp _app = null!;

    public async Task InitializeAsync() => _app = await new BotApp("Staging").StartAsync();

    public Task DisposeAsync()
    {
        _app.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task RoleCommand_OutsideDevelopment_IsNotUnderstoodAndChangesNothing()
    {
        await _app.PostAndWaitAsync(TestActivities.Message("rol beheerder"));

        Assert.Contains("Dat begrijp ik niet", _app.Connector.Calls[0].Text, StringComparison.Ordinal);
        Assert.DoesNotContain("openRoleSwitch", string.Concat(_app.Connector.Calls.Select(c => c.AllText)), StringComparison.Ordinal);
        Assert.Equal(0, await _app.CountAuditAsync("demo.switch-role"));
    }

    [Fact]
    public async Task SwitchRoleVerb_OutsideDevelopment_IsAnUnknownButton()
    {
        var response = await _app.PostAsync(TestActivities.Invoke("switchRole", new() { ["role"] = "beheerder" }));

        Assert.Contains("Deze knop werkt niet", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await _app.CountAuditAsync("demo.switch-role"));
    }
}
