using PmgBot.Core.Inbox;

namespace PmgBot.Tests.Inbox;

public sealed class InboxKeysTests
{
    private const string Conversation = "a:1Fp3kz-conversation";

    public static TheoryData<string?, string> Prefixes => new()
    {
        { null, "000000000000" },
        { "1970-01-01T00:00:00.000Z", "000000000000" },
        { "1969-12-31T23:59:59.000Z", "000000000000" },
        { "2026-11-22T08:00:00.000Z", "01a20244e800" },
        { "2026-11-22T09:00:00.000+01:00", "01a20244e800" },
        { "9999-12-31T23:59:59.999Z", "e677d21fdbff" },
    };

    [Theory]
    [MemberData(nameof(Prefixes))]
    public void Turn_Timestamp_PrefixIsUnixMillisecondsInHexAndKeyIs60Characters(string? timestamp, string prefix)
    {
        var key = InboxKeys.Turn(Parse(timestamp), Conversation, "1700000000001");

        Assert.Equal((prefix, 60), (key[..12], key.Length));
        Assert.Equal(InboxKeys.Of(Conversation, "1700000000001")[..48], key[12..]);
    }

    [Fact]
    public void Turn_SameActivityTwice_SameKey()
    {
        var first = InboxKeys.Turn(Parse("2026-11-22T08:00:00.123Z"), Conversation, "abc");
        var again = InboxKeys.Turn(Parse("2026-11-22T08:00:00.123Z"), Conversation, "abc");

        Assert.Equal(first, again);
    }

    public static TheoryData<string, string, string, string> Distinct => new()
    {
        { "a:1", "x", "a:1", "y" },
        { "a:1", "x", "a:2", "x" },
        { "a:1|x", "y", "a:1", "x|y" },
    };

    [Theory]
    [MemberData(nameof(Distinct))]
    public void Turn_OtherConversationOrActivity_OtherKey(string conversationA, string activityA, string conversationB, string activityB)
    {
        var time = Parse("2026-11-22T08:00:00.000Z");

        Assert.NotEqual(InboxKeys.Turn(time, conversationA, activityA), InboxKeys.Turn(time, conversationB, activityB));
    }

    [Fact]
    public void Turn_LaterTimestamp_SortsAfterWhateverTheIds()
    {
        var keys = Enumerable.Range(0, 200)
            .Select(i => InboxKeys.Turn(Parse("2026-11-22T08:00:00.000Z")!.Value.AddMilliseconds(i), Conversation, "id-" + (199 - i)))
            .ToList();

        Assert.Equal(keys, keys.Order(StringComparer.Ordinal));
    }

    private static DateTimeOffset? Parse(string? timestamp) =>
        timestamp is null ? null : DateTimeOffset.Parse(timestamp, System.Globalization.CultureInfo.InvariantCulture);
}
