using Microsoft.EntityFrameworkCore;

namespace PmgBot.Tests.Integration;

/// <summary>Conversation references are kept from authenticated activities of registered users, refreshed and removed.</summary>
public sealed class ConversationReferenceTests : IAsyncLifetime
{
    private BotApp _app = null!;

    public async Task InitializeAsync() => _app = await new BotApp().StartAsync();

    public Task DisposeAsync()
    {
        _app.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Message_FromRegisteredUser_StoresReference()
    {
        await _app.PostAndWaitAsync(TestActivities.Message("help"));

        var reference = await _app.QueryAsync(db => db.ConversationReferences.SingleAsync());
        Assert.Equal(TestActivities.PersonalConversation, reference.ConversationId);
        Assert.Equal(TestActivities.ServiceUrl, reference.ServiceUrl);
        Assert.Equal(TestActivities.Tenant, reference.TenantId);
        Assert.Equal(TestDirectory.Melder, reference.UserAadObjectId);
        Assert.Equal("29:" + TestDirectory.Melder, reference.UserId);
        Assert.Equal(TestActivities.BotId, reference.BotId);
        Assert.Equal("personal", reference.ConversationType);
    }

    [Fact]
    public async Task NewServiceUrl_RefreshesTheReference()
    {
        await _app.PostAndWaitAsync(TestActivities.Message("help"));
        var moved = TestActivities.Message("help");
        moved["serviceUrl"] = "https://smba.trafficmanager.net/amer/";

        await _app.PostAndWaitAsync(moved);

        var reference = await _app.QueryAsync(db => db.ConversationReferences.SingleAsync());
        Assert.Equal("https://smba.trafficmanager.net/amer/", reference.ServiceUrl);
    }

    [Theory]
    [InlineData("remove")]
    [InlineData("remove-upgrade")]
    public async Task Uninstall_RemovesTheReferences(string action)
    {
        await _app.PostAndWaitAsync(TestActivities.Message("help"));

        await _app.PostAndWaitAsync(TestActivities.InstallationUpdate(action));

        Assert.Equal(0, await _app.QueryAsync(db => db.ConversationReferences.CountAsync()));
    }
}
