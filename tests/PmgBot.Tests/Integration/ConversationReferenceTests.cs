using Microsoft.EntityFrameworkCore;
using PmgBot.Core.Conversations;

namespace PmgBot.Tests.Integration;

/// <summary>Conversation references are kept from authenticated activities of registered users, refreshed and removed.</summary>
public sealed class ConversationReferenceTests : BotAppTest
{
    [Fact]
    public async Task Message_FromRegisteredUser_StoresReference()
    {
        await App.PostAndWaitAsync(TestActivities.Message("help"));

        var reference = await App.QueryAsync(db => db.ConversationReferences.SingleAsync());
        Assert.Equal(TestActivities.PersonalConversation, reference.ConversationId);
        Assert.Equal(TestActivities.ServiceUrl, reference.ServiceUrl);
        Assert.Equal(TestActivities.Tenant, reference.TenantId);
        Assert.Equal(TestDirectory.Melder, reference.UserAadObjectId);
        Assert.Equal("29:" + TestDirectory.Melder, reference.UserId);
        Assert.Equal(TestActivities.BotId, reference.BotId);
        Assert.Equal("personal", reference.ConversationType);
    }

    [Fact]
    public async Task FirstInstall_ConversationUpdateAndInstallationUpdateAtOnce_OneReferenceAndNoErrorLogged()
    {
        for (var round = 0; round < 5; round++)
        {
            var conversation = $"a:first-install-{round}";
            var added = TestActivities.BotAdded(conversation: conversation);
            var installed = TestActivities.InstallationUpdate("add", conversation: conversation);

            await Task.WhenAll(App.PostAsync(added), App.PostAsync(installed));
            await App.WaitForIdleAsync();
        }

        Assert.Equal(5, await App.QueryAsync(db => db.ConversationReferences.CountAsync()));
        Assert.DoesNotContain(App.Logs.Events, e => e.Level >= Microsoft.Extensions.Logging.LogLevel.Error);
    }

    [Fact]
    public async Task NewServiceUrl_RefreshesTheReference()
    {
        await App.PostAndWaitAsync(TestActivities.Message("help"));
        var moved = TestActivities.Message("help");
        moved["serviceUrl"] = "https://smba.trafficmanager.net/amer/";

        await App.PostAndWaitAsync(moved);

        var reference = await App.QueryAsync(db => db.ConversationReferences.SingleAsync());
        Assert.Equal("https://smba.trafficmanager.net/amer/", reference.ServiceUrl);
    }

    [Theory]
    [InlineData("remove")]
    [InlineData("remove-upgrade")]
    public async Task Uninstall_RemovesTheReferences(string action)
    {
        await App.PostAndWaitAsync(TestActivities.Message("help"));

        await App.PostAndWaitAsync(TestActivities.InstallationUpdate(action));

        Assert.Equal(0, await App.QueryAsync(db => db.ConversationReferences.CountAsync()));
    }
}
