using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PmgBot.Core.Outbox;
using PmgBot.Core.Protocol;
using PmgBot.Tests.Support;

namespace PmgBot.Tests.Outbox;

public sealed class OutboxTests : IDisposable
{
    private static readonly ConversationReference Target = new(
        "https://smba.trafficmanager.net/emea/", "a:personal-1", "tenant-1", "29:user", "00000000-0000-0000-0000-000000000001", "28:bot", "msteams", "personal");

    private readonly SqliteTestDatabase _database = new();
    private readonly TestClock _clock = new();
    private readonly ServiceProvider _services;

    public OutboxTests()
    {
        _services = OutboxTestServices.Build(_database, _clock);
    }

    public void Dispose()
    {
        _services.Dispose();
        _database.Dispose();
    }

    [Fact]
    public async Task EnqueueAsync_NewMessage_StoredPendingAndDueNow()
    {
        var id = await EnqueueAsync("Herinnering: casusoverleg om 14:00", "key-1");

        await using var db = _database.CreateContext();
        var row = await db.OutboxMessages.SingleAsync();
        Assert.Equal(
            (id, "key-1", Target.ServiceUrl, Target.ConversationId, "tenant-1", OutboxStatus.Pending, 0, _clock.GetUtcNow().UtcDateTime, _clock.GetUtcNow().UtcDateTime),
            (row.Id, row.DedupKey, row.ServiceUrl, row.ConversationId, row.TenantId, row.Status, row.Attempts, row.CreatedAtUtc, row.NextAttemptAtUtc));
        var activity = JsonSerializer.Deserialize<Activity>(row.ActivityJson, ProtocolJson.Options)!;
        Assert.Equal((ActivityTypes.Message, "Herinnering: casusoverleg om 14:00", "a:personal-1"), (activity.Type, activity.Text, activity.Conversation?.Id));
    }

    [Fact]
    public async Task EnqueueAsync_SameDedupKeyTwice_StoresOneAndReturnsTheFirstId()
    {
        var first = await EnqueueAsync("een", "reminder:42");
        var second = await EnqueueAsync("twee", "reminder:42");

        Assert.Equal(first, second);
        await using var db = _database.CreateContext();
        Assert.Equal("een", JsonSerializer.Deserialize<Activity>((await db.OutboxMessages.SingleAsync()).ActivityJson, ProtocolJson.Options)!.Text);
    }

    [Fact]
    public async Task EnqueueAsync_SameDedupKeyConcurrently_StoresOne()
    {
        var ids = await Task.WhenAll(Enumerable.Range(0, 6).Select(i => Task.Run(() => EnqueueAsync("x" + i, "race-key"))));

        Assert.Single(ids.Distinct());
        await using var db = _database.CreateContext();
        Assert.Equal(1, await db.OutboxMessages.CountAsync());
    }

    [Fact]
    public async Task EnqueueAsync_NoDedupKey_StoresEachMessage()
    {
        var first = await EnqueueAsync("een", null);
        var second = await EnqueueAsync("een", null);

        Assert.NotEqual(first, second);
        await using var db = _database.CreateContext();
        Assert.Equal(2, await db.OutboxMessages.CountAsync());
    }

    [Fact]
    public async Task EnqueueAsync_Stored_WakesTheDispatcher()
    {
        var signal = _services.GetRequiredService<IOutboxSignal>();
        Assert.False(await signal.WaitAsync(TimeSpan.Zero, CancellationToken.None));

        await EnqueueAsync("een", null);

        Assert.True(await signal.WaitAsync(TimeSpan.Zero, CancellationToken.None));
    }

    [Theory]
    [InlineData(null, "a:1", "tekst")]
    [InlineData("https://smba.trafficmanager.net/emea/", "", "tekst")]
    [InlineData("https://smba.trafficmanager.net/emea/", "a:1", null)]
    public async Task EnqueueAsync_IncompleteInput_ThrowsAndStoresNothing(string? serviceUrl, string conversationId, string? text)
    {
        await using var scope = _services.CreateAsyncScope();
        var outbox = scope.ServiceProvider.GetRequiredService<IOutbox>();
        var target = Target with { ServiceUrl = serviceUrl!, ConversationId = conversationId };

        await Assert.ThrowsAnyAsync<ArgumentException>(() => outbox.EnqueueAsync(
            target, text is null ? null! : new Activity { Text = text }, null, CancellationToken.None));

        await using var db = _database.CreateContext();
        Assert.Equal(0, await db.OutboxMessages.CountAsync());
    }

    [Fact]
    public async Task EnqueueManyAsync_NewKnownAndRepeatedKeys_OneRowPerKeyIdsInOrder()
    {
        var known = await EnqueueAsync("al bekend", "notice:1");
        var other = Target with { ConversationId = "a:personal-2" };
        await using var scope = _services.CreateAsyncScope();

        var ids = await scope.ServiceProvider.GetRequiredService<IOutbox>().EnqueueManyAsync(
            [
                new OutboxItem(Target, new Activity { Text = "een" }, "notice:1"),
                new OutboxItem(other, new Activity { Text = "twee" }, "notice:2"),
                new OutboxItem(other, new Activity { Text = "twee again" }, "notice:2"),
                new OutboxItem(Target, new Activity { Text = "zonder sleutel" }, null),
            ],
            CancellationToken.None);

        await using var db = _database.CreateContext();
        var rows = await db.OutboxMessages.AsNoTracking().ToListAsync();
        Assert.Equal(3, rows.Count);
        Assert.Equal(known, ids[0]);
        Assert.Equal(ids[1], ids[2]);
        Assert.Equal(4, ids.Count);
        var second = rows.Single(r => r.Id == ids[1]);
        Assert.Equal(("notice:2", "a:personal-2", "twee"), (second.DedupKey, second.ConversationId, JsonSerializer.Deserialize<Activity>(second.ActivityJson, ProtocolJson.Options)!.Text));
        Assert.Null(rows.Single(r => r.Id == ids[3]).DedupKey);
    }

    [Fact]
    public async Task EnqueueManyAsync_AllKnown_StoresNothingReturnsTheFirstIds()
    {
        var first = await EnqueueAsync("een", "k:1");
        await using var scope = _services.CreateAsyncScope();

        var ids = await scope.ServiceProvider.GetRequiredService<IOutbox>().EnqueueManyAsync(
            [new OutboxItem(Target, new Activity { Text = "nog eens" }, "k:1")], CancellationToken.None);

        Assert.Equal([first], ids);
        await using var db = _database.CreateContext();
        Assert.Equal(1, await db.OutboxMessages.CountAsync());
    }

    private async Task<Guid> EnqueueAsync(string text, string? dedupKey)
    {
        await using var scope = _services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IOutbox>()
            .EnqueueAsync(Target, new Activity { Text = text }, dedupKey, CancellationToken.None);
    }
}
