namespace PmgBot.Tests.Integration;

/// <summary>Outside Development the demo role switch does not exist: not as a command, not as a card verb.</summary>
public sealed class RoleSwitchOutsideDevelopmentTests : BotAppTest
{
    protected override BotApp CreateApp() => new("Staging");

    [Fact]
    public async Task RoleCommand_OutsideDevelopment_IsNotUnderstoodAndChangesNothing()
    {
        await App.PostAndWaitAsync(TestActivities.Message("rol beheerder"));

        Assert.Contains("Dat begrijp ik niet", App.Connector.Calls[0].Text, StringComparison.Ordinal);
        Assert.DoesNotContain("openRoleSwitch", string.Concat(App.Connector.Calls.Select(c => c.AllText)), StringComparison.Ordinal);
        Assert.Equal(0, await App.CountAuditAsync("demo.switch-role"));
    }

    [Fact]
    public async Task SwitchRoleVerb_OutsideDevelopment_IsAnUnknownButton()
    {
        var response = await App.PostAsync(TestActivities.Invoke("switchRole", new() { ["role"] = "beheerder" }));

        Assert.Contains("Deze knop werkt niet", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await App.CountAuditAsync("demo.switch-role"));
    }
}
