using PmgBot.Core.Inbox;

namespace PmgBot.Tests.Inbox;

public sealed class InboxKeysTests
{
    [Fact]
    public void Of_SameActivityTwice_SameKeyOf64HexDigits()
    {
        var first = InboxKeys.Of("a:1Fp3kz-conversation", "1700000000001");
        var again = InboxKeys.Of("a:1Fp3kz-conversation", "1700000000001");

        Assert.Equal(first, again);
        Assert.Matches("^[0-9a-f]{64}$", first);
    }

    public static TheoryData<string, string, string, string> Distinct => new()
    {
        { "a:1", "x", "a:1", "y" },
        { "a:1", "x", "a:2", "x" },
        { "a:1|x", "y", "a:1", "x|y" },
        { "a:1", "", "a:", "1" },
    };

    [Theory]
    [MemberData(nameof(Distinct))]
    public void Of_OtherConversationOrActivity_OtherKey(string conversationA, string activityA, string conversationB, string activityB) =>
        Assert.NotEqual(InboxKeys.Of(conversationA, activityA), InboxKeys.Of(conversationB, activityB));
}
