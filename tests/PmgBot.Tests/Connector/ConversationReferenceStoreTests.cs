using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using PmgBot.Core.Conversations;
using PmgBot.Core.Protocol;
using PmgBot.Tests.Outbox;
using PmgBot.Tests.Support;

namespace PmgBot.Tests.Connector;

public sealed class ConversationReferenceStoreTests : IDisposable
{
    private const string ServiceUrl = "https://smba.trafficmanager.net/emea/";
    private const string UserA = "00000000-0000-0000-0000-00000000000a";
    private const string UserB = "00000000-0000-0000-0000-00000000000b";

    private readonly SqliteTestDatabase _database = new();
    private readonly TestClock _clock = new();
    private readonly RecentConversationReferences _recent;

    public ConversationReferenceStoreTests() => _recent = new RecentConversationReferences(_clock);

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task CaptureAsync_PersonalMessage_StoresEveryReferenceField()
    {
        await CaptureAsync(Personal("a:personal-a", UserA));

        var reference = await Store().FindPersonalAsync(UserA, CancellationToken.None);

        Assert.Equal(
            new ConversationReference(ServiceUrl, "a:personal-a", "tenant-1", "29:user-" + UserA, UserA, "28:bot", "msteams", ConversationTypes.Personal),
            reference);
    }

    [Fact]
    public async Task CaptureAsync_SameUserTwice_KeepsOneRow()
    {
        await CaptureAsync(Personal("a:personal-a", UserA));
        _clock.Advance(TimeSpan.FromMinutes(11));
        await CaptureAsync(Personal("a:personal-a", UserA));

        using var db = _database.CreateContext();
        var row = Assert.Single(db.ConversationReferences);
        Assert.Equal(_clock.GetUtcNow().UtcDateTime, row.UpdatedAtUtc);
    }

    [Fact]
    public async Task CaptureAsync_UnchangedReferenceWithinTenMinutes_IsNotWrittenAgain()
    {
        await CaptureAsync(Personal("a:personal-a", UserA));
        var first = _clock.GetUtcNow().UtcDateTime;
        _clock.Advance(TimeSpan.FromMinutes(9));
        await CaptureAsync(Personal("a:personal-a", UserA));

        using var db = _database.CreateContext();
        Assert.Equal(first, Assert.Single(db.ConversationReferences).UpdatedAtUtc);
    }

    [Fact]
    public async Task CaptureAsync_ServiceUrlChanged_RefreshesEveryRowOfTheConversation()
    {
        await CaptureAsync(Group("19:chat@thread.v2", UserA, ServiceUrl));
        await CaptureAsync(Group("19:chat@thread.v2", UserB, ServiceUrl));
        await CaptureAsync(Personal("a:personal-a", UserA));

        const string moved = "https://smba.trafficmanager.net/emea-client-ss.msg/";
        await CaptureAsync(Group("19:chat@thread.v2", UserB, moved));

        var group = await Store().FindByConversationAsync("19:chat@thread.v2", CancellationToken.None);
        Assert.Equal(2, group.Count);
        Assert.All(group, r => Assert.Equal(moved, r.ServiceUrl));
        Assert.Equal(ServiceUrl, (await Store().FindPersonalAsync(UserA, CancellationToken.None))!.ServiceUrl);
    }

    [Theory]
    [InlineData("remove", 0)]
    [InlineData("remove-upgrade", 0)]
    [InlineData("add", 2)]
    public async Task CaptureAsync_InstallationUpdate_RemoveDeletesAllRowsOfTheConversation(string action, int expectedRows)
    {
        await CaptureAsync(Group("19:chat@thread.v2", UserA, ServiceUrl));
        await CaptureAsync(Group("19:chat@thread.v2", UserB, ServiceUrl));
        await CaptureAsync(Personal("a:personal-a", UserA));

        await CaptureAsync(Group("19:chat@thread.v2", UserA, ServiceUrl) with { Type = ActivityTypes.InstallationUpdate, Action = action });

        Assert.Equal(expectedRows, (await Store().FindByConversationAsync("19:chat@thread.v2", CancellationToken.None)).Count);
        Assert.NotNull(await Store().FindPersonalAsync(UserA, CancellationToken.None));
    }

    [Fact]
    public async Task FindPersonalAsync_UserOnlyInGroupChat_ReturnsNullButFindAnyForUserFindsTheGroup()
    {
        await CaptureAsync(Group("19:chat@thread.v2", UserA, ServiceUrl));

        Assert.Null(await Store().FindPersonalAsync(UserA, CancellationToken.None));
        Assert.Equal("19:chat@thread.v2", (await Store().FindAnyForUserAsync(UserA, CancellationToken.None))?.ConversationId);
        Assert.Null(await Store().FindAnyForUserAsync(UserB, CancellationToken.None));
    }

    [Fact]
    public async Task CaptureAsync_TenantOnlyInChannelData_TakesItFromThere()
    {
        var activity = Personal("a:personal-b", UserB) with
        {
            Conversation = new ConversationAccount { Id = "a:personal-b", ConversationType = ConversationTypes.Personal },
            ChannelData = JsonSerializer.SerializeToElement(new { tenant = new { id = "tenant-cd" } }),
        };

        await CaptureAsync(activity);

        Assert.Equal("tenant-cd", (await Store().FindPersonalAsync(UserB, CancellationToken.None))?.TenantId);
        Assert.Equal("tenant-cd", (await Store().FindAnyInTenantAsync("tenant-cd", CancellationToken.None))?.TenantId);
        Assert.Null(await Store().FindAnyInTenantAsync("tenant-other", CancellationToken.None));
    }

    [Fact]
    public async Task CaptureAsync_NoConversationOrServiceUrl_StoresNothing()
    {
        await CaptureAsync(Personal("a:x", UserA) with { ServiceUrl = null });
        await CaptureAsync(Personal("a:x", UserA) with { Conversation = null });

        using var db = _database.CreateContext();
        Assert.Empty(db.ConversationReferences);
    }

    [Fact]
    public async Task SaveAsync_CreatedConversation_IsFoundAsPersonal()
    {
        await Store().SaveAsync(
            new ConversationReference(ServiceUrl, "a:created", "tenant-1", null, UserB, "28:bot", "msteams", ConversationTypes.Personal),
            CancellationToken.None);

        Assert.Equal("a:created", (await Store().FindPersonalAsync(UserB, CancellationToken.None))?.ConversationId);
    }

    /// <summary>
    /// The locale of the user's last activity is kept with the reference (proactive messages are written in it); an
    /// activity without a usable one keeps the last.
    /// </summary>
    [Theory]
    [InlineData(new[] { "en-US" }, "en-US")]
    [InlineData(new[] { "en-US", "nl-NL" }, "nl-NL")]
    [InlineData(new string?[] { "en-GB", null }, "en-GB")]
    [InlineData(new[] { "nl-NL", "  " }, "nl-NL")]
    [InlineData(new[] { "en-US", "en-US-x-a-very-long-private-use-tag" }, "en-US")]
    [InlineData(new[] { " en-GB " }, "en-GB")]
    [InlineData(new string?[] { null }, null)]
    public async Task CaptureAsync_Locales_LastUsableOneKept(string?[] locales, string? expected)
    {
        foreach (var locale in locales)
        {
            await CaptureAsync(Personal("a:personal-a", UserA) with { Locale = locale });
        }

        var found = await Store().FindLocalesAsync([UserA, UserB], CancellationToken.None);

        Assert.Equal(expected, found.GetValueOrDefault(UserA));
        Assert.False(found.ContainsKey(UserB));
        Assert.Equal(expected, (await Store().FindPersonalAsync(UserA, CancellationToken.None))!.Locale);
    }

    [Fact]
    public async Task FindLocalesAsync_UserInTwoChats_TheNewestActivitysLocale()
    {
        await CaptureAsync(Personal("a:personal-a", UserA) with { Locale = "nl-NL" });
        await CaptureAsync(Personal("a:personal-b", UserB) with { Locale = "en-US" });
        _clock.Advance(TimeSpan.FromMinutes(1));
        await CaptureAsync(Group("19:chat@thread.v2", UserA, ServiceUrl) with { Locale = "en-GB" });

        var found = await Store().FindLocalesAsync([UserA, UserB, UserA], CancellationToken.None);

        Assert.Equal(new Dictionary<string, string> { [UserA] = "en-GB", [UserB] = "en-US" }, found.OrderBy(f => f.Key, StringComparer.Ordinal).ToDictionary());
    }

    private ConversationReferenceStore Store() =>
        new(_database.CreateContext(), _recent, _clock, NullLogger<ConversationReferenceStore>.Instance);

    private async Task CaptureAsync(Activity activity)
    {
        await using var db = _database.CreateContext();
        await new ConversationReferenceStore(db, _recent, _clock, NullLogger<ConversationReferenceStore>.Instance)
            .CaptureAsync(activity, CancellationToken.None);
    }

    private static Activity Personal(string conversationId, string user) => new()
    {
        Type = ActivityTypes.Message,
        ChannelId = "msteams",
        ServiceUrl = ServiceUrl,
        From = new ChannelAccount { Id = "29:user-" + user, AadObjectId = user },
        Recipient = new ChannelAccount { Id = "28:bot" },
        Conversation = new ConversationAccount { Id = conversationId, ConversationType = ConversationTypes.Personal, TenantId = "tenant-1" },
    };

    private static Activity Group(string conversationId, string user, string serviceUrl) => Personal(conversationId, user) with
    {
        ServiceUrl = serviceUrl,
        Conversation = new ConversationAccount { Id = conversationId, ConversationType = ConversationTypes.GroupChat, IsGroup = true, TenantId = "tenant-1" },
    };
}
