using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PmgBot.Core.Conversations;
using PmgBot.Core.Outbox;
using PmgBot.Core.Protocol;
using PmgBot.Tests.Support;

namespace PmgBot.Tests.Outbox;

public sealed class ProactiveMessengerTests : IAsyncLifetime
{
    private const string User = "00000000-0000-0000-0000-0000000000c1";

    private readonly SqliteTestDatabase _database = new();
    private readonly TestClock _clock = new();
    private FakeConnectorServer _server = null!;
    private ServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        _server = await FakeConnectorServer.StartAsync();
        _services = OutboxTestServices.Build(_database, _clock);
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _server.DisposeAsync();
        _database.Dispose();
    }

    [Fact]
    public async Task SendToUserAsync_StoredPersonalConversation_QueuesToItWithoutCreating()
    {
        await SaveAsync(new ConversationReference(_server.ServiceUrl, "a:personal", "tenant-1", "29:u", User, "28:bot", "msteams", ConversationTypes.Personal));

        var result = await SendAsync();

        Assert.True(result.Queued);
        Assert.Equal("a:personal", (await RowAsync(result.OutboxId!.Value)).ConversationId);
        Assert.Empty(_server.Requests);
    }

    [Fact]
    public async Task SendToUserAsync_OnlyGroupChatKnown_CreatesThePersonalChatOnceThenQueues()
    {
        await SaveAsync(new ConversationReference(_server.ServiceUrl, "19:chat@thread.v2", "tenant-1", "29:u", User, "28:bot", "msteams", ConversationTypes.GroupChat));

        var first = await SendAsync("k1");
        var second = await SendAsync("k2");

        var create = Assert.Single(_server.Requests);
        Assert.Equal(FakeConnectorOperation.CreateConversation, create.Operation);
        var body = JsonDocument.Parse(create.Body).RootElement;
        Assert.Equal(
            (User, "tenant-1", "28:bot", "tenant-1"),
            (body.GetProperty("members")[0].GetProperty("id").GetString(), body.GetProperty("tenantId").GetString(),
             body.GetProperty("bot").GetProperty("id").GetString(), body.GetProperty("channelData").GetProperty("tenant").GetProperty("id").GetString()));

        var row1 = await RowAsync(first.OutboxId!.Value);
        var row2 = await RowAsync(second.OutboxId!.Value);
        Assert.StartsWith("a:created-", row1.ConversationId, StringComparison.Ordinal);
        Assert.Equal(row1.ConversationId, row2.ConversationId);
        await using var scope = _services.CreateAsyncScope();
        var personal = await scope.ServiceProvider.GetRequiredService<IConversationReferenceStore>().FindPersonalAsync(User, CancellationToken.None);
        Assert.Equal(row1.ConversationId, personal?.ConversationId);
    }

    [Fact]
    public async Task SendToUserAsync_OnlyTenantKnown_CreatesWithTheTenantServiceUrl()
    {
        await SaveAsync(new ConversationReference(_server.ServiceUrl, "a:someone-else", "tenant-1", "29:x", "00000000-0000-0000-0000-0000000000ff", "28:bot", "msteams", ConversationTypes.Personal));

        var result = await SendAsync();

        Assert.True(result.Queued);
        Assert.Equal(FakeConnectorOperation.CreateConversation, Assert.Single(_server.Requests).Operation);
    }

    [Fact]
    public async Task SendToUserAsync_NothingKnown_NotQueued()
    {
        var result = await SendAsync();

        Assert.False(result.Queued);
        await using var db = _database.CreateContext();
        Assert.Equal(0, await db.OutboxMessages.CountAsync());
    }

    [Fact]
    public async Task SendToUserAsync_CreateRefused_NotQueuedAndNothingStored()
    {
        await SaveAsync(new ConversationReference(_server.ServiceUrl, "19:chat@thread.v2", "tenant-1", "29:u", User, "28:bot", "msteams", ConversationTypes.GroupChat));
        _server.Behaviour = _ => FakeConnectorResponse.Status(403);

        var result = await SendAsync();

        Assert.False(result.Queued);
        await using var db = _database.CreateContext();
        Assert.Equal((0, 1), (await db.OutboxMessages.CountAsync(), await db.ConversationReferences.CountAsync()));
    }

    [Fact]
    public async Task SendToUsersAsync_UsersWithAndWithoutPersonalChat_QueuesToKnownChatsCreatesOneChatPerOtherUser()
    {
        const string Other = "00000000-0000-0000-0000-0000000000c2";
        const string Nobody = "00000000-0000-0000-0000-0000000000c3";
        await SaveAsync(new ConversationReference(_server.ServiceUrl, "a:old", "tenant-1", "29:u", User, "28:bot", "msteams", ConversationTypes.Personal));
        _clock.Advance(TimeSpan.FromSeconds(1));
        await SaveAsync(new ConversationReference(_server.ServiceUrl, "a:newest", "tenant-1", "29:u", User, "28:bot", "msteams", ConversationTypes.Personal));
        await SaveAsync(new ConversationReference(_server.ServiceUrl, "19:chat@thread.v2", "tenant-1", "29:o", Other, "28:bot", "msteams", ConversationTypes.GroupChat));

        await using var scope = _services.CreateAsyncScope();
        var results = await scope.ServiceProvider.GetRequiredService<IProactiveMessenger>().SendToUsersAsync(
            [
                new ProactiveMessage(User, new Activity { Text = "1" }, "k1"),
                new ProactiveMessage(Other, new Activity { Text = "2" }, "k2"),
                new ProactiveMessage(Other, new Activity { Text = "3" }, "k3"),
                new ProactiveMessage(Nobody, new Activity { Text = "4" }, "k4"),
            ],
            CancellationToken.None);

        Assert.Equal([true, true, true, true], results.Select(r => r.Queued));
        Assert.Equal("a:newest", (await RowAsync(results[0].OutboxId!.Value)).ConversationId);
        var created = (await RowAsync(results[1].OutboxId!.Value)).ConversationId;
        Assert.StartsWith("a:created-", created, StringComparison.Ordinal);
        Assert.Equal(created, (await RowAsync(results[2].OutboxId!.Value)).ConversationId);
        Assert.NotEqual(created, (await RowAsync(results[3].OutboxId!.Value)).ConversationId);
        // One chat created for Other (asked twice) and one for Nobody (reached through the tenant's serviceUrl).
        Assert.Equal(2, _server.Requests.Count(r => r.Operation == FakeConnectorOperation.CreateConversation));
    }

    private async Task SaveAsync(ConversationReference reference)
    {
        await using var scope = _services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IConversationReferenceStore>().SaveAsync(reference, CancellationToken.None);
    }

    private async Task<ProactiveSendResult> SendAsync(string? dedupKey = null)
    {
        await using var scope = _services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IProactiveMessenger>()
            .SendToUserAsync(User, new Activity { Text = "Je hebt een nieuw verzoek" }, dedupKey, CancellationToken.None);
    }

    private async Task<OutboxMessage> RowAsync(Guid id)
    {
        await using var db = _database.CreateContext();
        return await db.OutboxMessages.AsNoTracking().SingleAsync(m => m.Id == id);
    }
}
