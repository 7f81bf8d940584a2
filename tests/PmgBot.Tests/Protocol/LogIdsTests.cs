using PmgBot.Core.Protocol;

namespace PmgBot.Tests.Protocol;

public sealed class LogIdsTests
{
    [Theory]
    [InlineData("a:1qhN-personal-chat-of-someone")]
    [InlineData("19:group@thread.v2")]
    public void Conversation_Id_IsShortStableAndDoesNotContainTheId(string conversationId)
    {
        var reference = LogIds.Conversation(conversationId);

        Assert.Equal(reference, LogIds.Conversation(conversationId));
        Assert.Matches("^c-[0-9a-f]{12}$", reference);
        Assert.DoesNotContain(conversationId, reference, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Conversation_Missing_IsNone(string? conversationId) =>
        Assert.Equal("c-none", LogIds.Conversation(conversationId));

    [Fact]
    public void Conversation_DifferentIds_DifferentReferences() =>
        Assert.NotEqual(LogIds.Conversation("a:one"), LogIds.Conversation("a:two"));
}
