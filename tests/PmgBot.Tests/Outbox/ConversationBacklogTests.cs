using PmgBot.Core.Outbox;
using PmgBot.Tests.Support;

namespace PmgBot.Tests.Outbox;

public sealed class ConversationBacklogTests
{
    private readonly TestClock _clock = new();

    [Fact]
    public void HasWaiting_RepliesStoredThenSettled_WaitingUntilTheLastIsSettled()
    {
        var backlog = new ConversationBacklog(_clock);
        var (first, second) = (Guid.NewGuid(), Guid.NewGuid());

        backlog.Waiting("a:chat", first);
        backlog.Waiting("a:chat", second);
        backlog.Waiting("a:chat", second);
        var afterStore = backlog.HasWaiting("a:chat");
        backlog.Settled(first);
        var afterOne = backlog.HasWaiting("a:chat");
        backlog.Settled(second);
        backlog.Settled(second);

        Assert.Equal((true, true, false, false), (afterStore, afterOne, backlog.HasWaiting("a:chat"), backlog.HasWaiting("a:other")));
    }

    [Fact]
    public void HasWaiting_MessageSettledElsewhere_ClearAgainAfterForgotten()
    {
        var backlog = new ConversationBacklog(_clock);
        backlog.Waiting("a:chat", Guid.NewGuid());

        _clock.Advance(ConversationBacklog.Forgotten - TimeSpan.FromSeconds(1));
        var before = backlog.HasWaiting("a:chat");
        _clock.Advance(TimeSpan.FromSeconds(1));

        Assert.Equal((true, false), (before, backlog.HasWaiting("a:chat")));
    }

    [Fact]
    public void Settled_MessageNotDeferredHere_ChangesNothing()
    {
        var backlog = new ConversationBacklog(_clock);
        backlog.Waiting("a:chat", Guid.NewGuid());

        backlog.Settled(Guid.NewGuid());

        Assert.True(backlog.HasWaiting("a:chat"));
    }
}
