using System.Text;
using PmgBot.Bot.Routing;
using PmgBot.Tests.Support;

namespace PmgBot.Tests.Protocol;

public sealed class ActivityDeduplicatorTests
{
    private static readonly BotHttpResponse AlreadyHandled = new(200, Encoding.UTF8.GetBytes("""{"already":true}"""));

    private readonly TestClock _time = new();
    private int _runs;

    [Theory]
    [InlineData(0)]
    [InlineData(30)]
    [InlineData(59)]
    public async Task HandleOnce_RedeliveryWithinTheReplayWindow_GetsTheFirstAnswer(int secondsLater)
    {
        var deduplicator = new ActivityDeduplicator(_time);
        var first = await deduplicator.HandleOnce("c|1", Handle, AlreadyHandled, out var firstIsDuplicate);

        _time.Advance(TimeSpan.FromSeconds(secondsLater));
        var again = await deduplicator.HandleOnce("c|1", Handle, AlreadyHandled, out var duplicate);

        Assert.False(firstIsDuplicate);
        Assert.True(duplicate);
        Assert.Same(first, again);
        Assert.Equal(1, _runs);
    }

    [Theory]
    [InlineData(61)]
    [InlineData(300)]
    [InlineData(599)]
    public async Task HandleOnce_RedeliveryAfterTheReplayWindow_GetsAlreadyHandledAndIsNotHandledAgain(int secondsLater)
    {
        var deduplicator = new ActivityDeduplicator(_time);
        await deduplicator.HandleOnce("c|1", Handle, AlreadyHandled, out _);

        _time.Advance(TimeSpan.FromSeconds(secondsLater));
        var again = await deduplicator.HandleOnce("c|1", Handle, AlreadyHandled, out var duplicate);

        Assert.True(duplicate);
        Assert.Same(AlreadyHandled, again);
        Assert.Equal(1, _runs);
        Assert.Equal(0, deduplicator.AnswersKept);
        Assert.Equal(1, deduplicator.Count);
    }

    [Fact]
    public async Task HandleOnce_SameIdAfterTheWindow_IsHandledAgainAndOldKeysAreDropped()
    {
        var deduplicator = new ActivityDeduplicator(_time);
        await deduplicator.HandleOnce("c|1", Handle, AlreadyHandled, out _);
        await deduplicator.HandleOnce("c|2", Handle, AlreadyHandled, out _);

        _time.Advance(ActivityDeduplicator.Window + TimeSpan.FromSeconds(1));
        var again = await deduplicator.HandleOnce("c|1", Handle, AlreadyHandled, out var duplicate);

        Assert.False(duplicate);
        Assert.NotSame(AlreadyHandled, again);
        Assert.Equal(3, _runs);
        Assert.Equal(1, deduplicator.Count);
    }

    [Fact]
    public async Task HandleOnce_RedeliveryWhileTheFirstStillRuns_WaitsForTheSameAnswerEvenPastTheReplayWindow()
    {
        var deduplicator = new ActivityDeduplicator(_time);
        var slow = new TaskCompletionSource<BotHttpResponse>(TaskCreationOptions.RunContinuationsAsynchronously);
        var first = deduplicator.HandleOnce("c|1", () => slow.Task, AlreadyHandled, out _);

        _time.Advance(ActivityDeduplicator.ReplayWindow + TimeSpan.FromSeconds(20));
        var again = deduplicator.HandleOnce("c|1", Handle, AlreadyHandled, out var duplicate);
        var answer = new BotHttpResponse(200, Encoding.UTF8.GetBytes("""{"card":1}"""));
        slow.SetResult(answer);

        Assert.True(duplicate);
        Assert.Same(answer, await first);
        Assert.Same(answer, await again);
        Assert.Equal(0, _runs);
    }

    [Fact]
    public async Task HandleOnce_SameIdInAnotherConversation_IsHandledAgain()
    {
        var deduplicator = new ActivityDeduplicator(_time);

        await deduplicator.HandleOnce("a:one|1", Handle, AlreadyHandled, out var first);
        await deduplicator.HandleOnce("a:two|1", Handle, AlreadyHandled, out var second);

        Assert.False(first);
        Assert.False(second);
        Assert.Equal(2, _runs);
    }

    [Fact]
    public async Task Forget_FailedHandling_NextDeliveryIsHandledAgain()
    {
        var deduplicator = new ActivityDeduplicator(_time);
        await deduplicator.HandleOnce("c|1", Handle, AlreadyHandled, out _);

        deduplicator.Forget("c|1");
        await deduplicator.HandleOnce("c|1", Handle, AlreadyHandled, out var duplicate);

        Assert.False(duplicate);
        Assert.Equal(2, _runs);
    }

    private Task<BotHttpResponse> Handle()
    {
        var run = Interlocked.Increment(ref _runs);
        return Task.FromResult(new BotHttpResponse(200, Encoding.UTF8.GetBytes($$"""{"run":{{run}}}""")));
    }
}
