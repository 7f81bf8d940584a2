using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using PmgBot.Core.Conversations;
using PmgBot.Core.Protocol;
using PmgBot.Tests.Storage;
using PmgBot.Tests.Support;

namespace PmgBot.Tests.Connector;

/// <summary>
/// Ids from an activity that no column can hold (longer than the column, or U+0000: PostgreSQL refuses both, SQLite
/// takes them) are not stored and never fail the turn, on both providers.
/// </summary>
[Collection(PostgresServerCollection.Name)]
public sealed class ConversationReferenceUnstorableTests(PostgresServer postgres)
{
    private const string User = "00000000-0000-0000-0000-00000000000a";

    /// <summary>What is changed in an otherwise normal personal message.</summary>
    private static readonly Dictionary<string, Func<Activity, Activity>> Changes = new()
    {
        ["conversation id of 513 chars"] = a => a with { Conversation = a.Conversation! with { Id = "a:" + new string('c', 511) } },
        ["conversation id with NUL"] = a => a with { Conversation = a.Conversation! with { Id = "a:per\0sonal" } },
        ["conversation type of 33 chars"] = a => a with { Conversation = a.Conversation! with { ConversationType = new string('p', 33) } },
        ["conversation type NUL"] = a => a with { Conversation = a.Conversation! with { ConversationType = "\0" } },
        ["channel id of 5,000 chars"] = a => a with { ChannelId = new string('m', 5_000) },
        ["bot id of 257 chars"] = a => a with { Recipient = new ChannelAccount { Id = new string('b', 257) } },
        ["user id with NUL"] = a => a with { From = a.From! with { Id = "29:\0" } },
        ["serviceUrl of 513 chars"] = a => a with { ServiceUrl = "https://smba.trafficmanager.net/" + new string('e', 481) },
        ["tenant of 65 chars"] = a => a with { Conversation = a.Conversation! with { TenantId = new string('t', 65) } },
    };

    public static TheoryData<StorageProvider, string> Cases =>
        StorageProviders.With(Changes.Keys);

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task CaptureAsync_FieldTheColumnCannotHold_NotStoredNoException(StorageProvider provider, string name)
    {
        await using var database = await TestDatabase.CreateAsync(provider, postgres);

        await using (var db = database.CreateContext())
        {
            await Store(db, database.Clock).CaptureAsync(Changes[name](Personal()), CancellationToken.None);
        }

        await using var read = database.CreateContext();
        Assert.Equal(0, await read.ConversationReferences.CountAsync());
    }

    [Theory]
    [MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task CaptureAsync_NormalMessage_Stored(StorageProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, postgres);

        await using (var db = database.CreateContext())
        {
            await Store(db, database.Clock).CaptureAsync(Personal(), CancellationToken.None);
        }

        await using var read = database.CreateContext();
        Assert.Equal(1, await read.ConversationReferences.CountAsync());
    }

    [Theory]
    [MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task RemoveConversationAsync_IdWithNulOrTooLong_ZeroNoException(StorageProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, postgres);
        await using var db = database.CreateContext();
        var store = Store(db, database.Clock);

        Assert.Equal(0, await store.RemoveConversationAsync("a:per\0sonal", CancellationToken.None));
        Assert.Equal(0, await store.RemoveConversationAsync(new string('c', 10_000), CancellationToken.None));
    }

    private static ConversationReferenceStore Store(Core.Data.PmgDbContext db, TimeProvider clock) =>
        new(db, new RecentConversationReferences(clock), clock, NullLogger<ConversationReferenceStore>.Instance);

    private static Activity Personal() => new()
    {
        Type = ActivityTypes.Message,
        ChannelId = "msteams",
        ServiceUrl = "https://smba.trafficmanager.net/emea/",
        From = new ChannelAccount { Id = "29:user", AadObjectId = User },
        Recipient = new ChannelAccount { Id = "28:bot" },
        Conversation = new ConversationAccount { Id = "a:personal", ConversationType = ConversationTypes.Personal, TenantId = "tenant-1" },
    };
}
