using Microsoft.EntityFrameworkCore;
using PmgBot.Core.Audit;
using PmgBot.Core.Conversations;
using PmgBot.Core.Directory;

namespace PmgBot.Tests.Integration;

/// <summary>Tenant allow-list and unknown users: a polite refusal, nothing kept but an audit event.</summary>
public sealed class AccessTests : BotAppTest
{
    [Theory]
    [InlineData("help")]
    [InlineData("mijn gegevens")]
    [InlineData("wat is het weer")]
    public async Task UnknownUser_GetsRefusalAndNothingIsKeptButAnAuditEvent(string text)
    {
        await App.PostAndWaitAsync(TestActivities.Message(text, TestDirectory.Stranger, conversation: "a:stranger"));

        var call = Assert.Single(App.Connector.Calls);
        Assert.Contains("geen toegang", call.AllText, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(0, await App.QueryAsync(db => db.ConversationReferences.CountAsync()));
        var audit = await App.QueryAsync(db => db.AuditEvents.Where(a => a.Actor == TestDirectory.Stranger).ToListAsync());
        Assert.Single(audit);
    }

    [Fact]
    public async Task UnknownUser_ClickingAForgedCard_GetsRefusalCardAsInvokeResponse()
    {
        var response = await App.PostAsync(TestActivities.Invoke("myDetails", user: TestDirectory.Stranger, conversation: "a:stranger"));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Contains("application/vnd.microsoft.card.adaptive", body, StringComparison.Ordinal);
        Assert.Contains("geen toegang", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(TestDirectory.MelderOrganisation, body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownUser_PersonalInstall_GetsWelcomeAndRefusal()
    {
        await App.PostAndWaitAsync(TestActivities.BotAdded(TestDirectory.Stranger, "a:stranger"));

        var calls = App.Connector.Calls;
        Assert.Equal(2, calls.Count);
        Assert.Contains("Welkom bij PmgBot!", calls[0].AllText, StringComparison.Ordinal);
        Assert.Contains("Ik ben de assistent van het netwerk Preventie met Gezag", calls[0].AllText, StringComparison.Ordinal);
        Assert.Contains("geen toegang", calls[1].AllText, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task TenantNotOnAllowList_IsIgnoredAndAudited()
    {
        await App.PostAndWaitAsync(TestActivities.Message("help", tenant: TestActivities.OtherTenant));

        Assert.Empty(App.Connector.Calls);
        Assert.Equal(0, await App.QueryAsync(db => db.ConversationReferences.CountAsync()));
        Assert.True(await App.QueryAsync(db => db.AuditEvents.AnyAsync()));
    }

    [Fact]
    public async Task DeactivatedProfessional_IsRefusedLikeAnUnknownUser()
    {
        await App.QueryAsync(async db =>
        {
            var p = await db.Professionals.SingleAsync(x => x.AadObjectId == TestDirectory.Melder);
            p.Active = false;
            return await db.SaveChangesAsync();
        });

        await App.PostAndWaitAsync(TestActivities.Message("mijn gegevens"));

        var call = Assert.Single(App.Connector.Calls);
        Assert.Contains("geen toegang", call.AllText, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(TestDirectory.MelderOrganisation, call.AllText, StringComparison.Ordinal);
    }
}
