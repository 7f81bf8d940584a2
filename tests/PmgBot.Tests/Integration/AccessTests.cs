using Microsoft.EntityFrameworkCore;

namespace PmgBot.Tests.Integration;

/// <summary>Tenant allow-list and unknown users: a polite refusal, nothing kept but an audit event.</summary>
public sealed class AccessTests : IAsyncLifetime
{
    private BotApp _app = null!;

    public async Task InitializeAsync() => _app = await new BotApp().StartAsync();

    public Task DisposeAsync()
    {
        _app.Dispose();
        return Task.CompletedTask;
    }

    [Theory]
    [InlineData("help")]
    [InlineData("mijn gegevens")]
    [InlineData("wat is het weer")]
    public async Task UnknownUser_GetsRefusalAndNothingIsKeptButAnAuditEvent(string text)
    {
        await _app.PostAndWaitAsync(TestActivities.Message(text, TestDirectory.Stranger, conversation: "a:stranger"));

        var call = Assert.Single(_app.Connector.Calls);
        Assert.Contains("geen toegang", call.AllText, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(0, await _app.QueryAsync(db => db.ConversationReferences.CountAsync()));
        var audit = await _app.QueryAsync(db => db.AuditEvents.Where(a => a.Actor == TestDirectory.Stranger).ToListAsync());
        Assert.Single(audit);
    }

    [Fact]
    public async Task UnknownUser_ClickingAForgedCard_GetsRefusalCardAsInvokeResponse()
    {
        var response = await _app.PostAsync(TestActivities.Invoke("myDetails", user: TestDirectory.Stranger, conversation: "a:stranger"));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Contains("application/vnd.microsoft.card.adaptive", body, StringComparison.Ordinal);
        Assert.Contains("geen toegang", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(TestDirectory.MelderOrganisation, body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownUser_PersonalInstall_GetsWelcomeAndRefusal()
    {
        await _app.PostAndWaitAsync(TestActivities.BotAdded(TestDirectory.Stranger, "a:stranger"));

        var calls = _app.Connector.Calls;
        Assert.Equal(2, calls.Count);
        Assert.Contains("Welkom bij PmgBot!", calls[0].AllText, StringComparison.Ordinal);
        Assert.Contains("Ik ben de assistent van het netwerk Preventie met Gezag", calls[0].AllText, StringComparison.Ordinal);
        Assert.Contains("geen toegang", calls[1].AllText, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task TenantNotOnAllowList_IsIgnoredAndAudited()
    {
        await _app.PostAndWaitAsync(TestActivities.Message("help", tenant: TestActivities.OtherTenant));

        Assert.Empty(_app.Connector.Calls);
        Assert.Equal(0, await _app.QueryAsync(db => db.ConversationReferences.CountAsync()));
        Assert.True(await _app.QueryAsync(db => db.AuditEvents.AnyAsync()));
    }

    [Fact]
    public async Task DeactivatedProfessional_IsRefusedLikeAnUnknownUser()
    {
        await _app.QueryAsync(async db =>
        {
            var p = await db.Professionals.SingleAsync(x => x.AadObjectId == TestDirectory.Melder);
            p.Active = false;
            return await db.SaveChangesAsync();
        });

        await _app.PostAndWaitAsync(TestActivities.Message("mijn gegevens"));

        var call = Assert.Single(_app.Connector.Calls);
        Assert.Contains("geen toegang", call.AllText, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(TestDirectory.MelderOrganisation, call.AllText, StringComparison.Ordinal);
    }
}
