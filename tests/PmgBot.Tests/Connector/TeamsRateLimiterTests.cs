using PmgBot.Core.Connector;
using PmgBot.Tests.Support;

namespace PmgBot.Tests.Connector;

public sealed class TeamsRateLimiterTests
{
    private const string Conversation = "a:conversation";
    private const string Tenant = "tenant-1";

    /// <summary>
    /// Scenario: acquisitions at the given millisecond offsets (all must succeed), then a query at
    /// <c>queryAtMs</c>: the expected wait (0 = a slot is free).
    /// </summary>
    public static TheoryData<string, int[], int, int> Windows => new()
    {
        { "7 in 1 s: the 8th waits for the first to leave", Repeat(0, 7), 0, 1000 },
        { "7 in 1 s: free again after exactly 1 s", Repeat(0, 7), 1000, 0 },
        { "7 in 1 s: still blocked 1 ms before", Repeat(0, 7), 999, 1 },
        { "6 in 1 s: a 7th is free", Repeat(0, 6), 0, 0 },
        { "8 in 2 s: the 9th waits for the 2 s window", [.. Repeat(0, 7), 1000], 1000, 1000 },
        { "8 in 2 s: free at 2 s", [.. Repeat(0, 7), 1000], 2000, 0 },
        { "60 in 30 s: the 61st waits", Spread(0, 500, 60), 29_900, 100 },
        { "60 in 30 s: free when the first leaves", Spread(0, 500, 60), 30_000, 0 },
        { "1800 in 3600 s: the 1801st waits", Spread(0, 2000, 1800), 3_599_000, 1000 },
        { "1800 in 3600 s: free after an hour", Spread(0, 2000, 1800), 3_600_000, 0 },
    };

    [Theory]
    [MemberData(nameof(Windows))]
    public void TryAcquire_SlidingWindows_WaitsUntilOldestLeaves(string scenario, int[] acquiredAtMs, int queryAtMs, int expectedWaitMs)
    {
        var clock = new TestClock();
        var start = clock.GetUtcNow();
        var limiter = new TeamsRateLimiter(clock, globalRequestsPerSecond: 10_000);
        foreach (var at in acquiredAtMs)
        {
            clock.SetUtcNow(start.AddMilliseconds(at));
            Assert.True(limiter.TryAcquire(Conversation, Tenant, out _), $"{scenario}: setup acquisition at {at} ms");
        }

        clock.SetUtcNow(start.AddMilliseconds(queryAtMs));
        var acquired = limiter.TryAcquire(Conversation, Tenant, out var wait);

        Assert.Equal(expectedWaitMs == 0, acquired);
        Assert.Equal(TimeSpan.FromMilliseconds(expectedWaitMs), wait);
    }

    [Fact]
    public void TryAcquire_OtherConversation_HasItsOwnWindows()
    {
        var clock = new TestClock();
        var limiter = new TeamsRateLimiter(clock, globalRequestsPerSecond: 50);
        for (var i = 0; i < 7; i++)
        {
            Assert.True(limiter.TryAcquire(Conversation, Tenant, out _));
        }

        Assert.False(limiter.TryAcquire(Conversation, Tenant, out _));
        Assert.True(limiter.TryAcquire("a:other", Tenant, out _));
    }

    [Fact]
    public void TryAcquire_GlobalPerTenantLimit_BlocksTheTenantNotOthers()
    {
        var clock = new TestClock();
        var limiter = new TeamsRateLimiter(clock, globalRequestsPerSecond: 50);
        for (var i = 0; i < 50; i++)
        {
            Assert.True(limiter.TryAcquire("a:user-" + i, Tenant, out _));
        }

        Assert.False(limiter.TryAcquire("a:user-50", Tenant, out var wait));
        Assert.Equal(TimeSpan.FromSeconds(1), wait);
        Assert.True(limiter.TryAcquire("a:user-50", "tenant-2", out _));

        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.True(limiter.TryAcquire("a:user-50", Tenant, out _));
    }

    [Fact]
    public void PauseUntil_After429_ConversationWaitsExactlyUntilThen()
    {
        var clock = new TestClock();
        var limiter = new TeamsRateLimiter(clock, globalRequestsPerSecond: 50);
        limiter.PauseUntil(Conversation, clock.GetUtcNow().AddSeconds(2));

        Assert.False(limiter.TryAcquire(Conversation, Tenant, out var wait));
        Assert.Equal(TimeSpan.FromSeconds(2), wait);
        Assert.True(limiter.TryAcquire("a:other", Tenant, out _));

        clock.Advance(TimeSpan.FromMilliseconds(1999));
        Assert.False(limiter.TryAcquire(Conversation, Tenant, out wait));
        Assert.Equal(TimeSpan.FromMilliseconds(1), wait);

        clock.Advance(TimeSpan.FromMilliseconds(1));
        Assert.True(limiter.TryAcquire(Conversation, Tenant, out _));
    }

    [Fact]
    public void PauseUntil_EarlierPauseAfterLaterOne_KeepsTheLaterOne()
    {
        var clock = new TestClock();
        var limiter = new TeamsRateLimiter(clock, globalRequestsPerSecond: 50);
        limiter.PauseUntil(Conversation, clock.GetUtcNow().AddSeconds(5));
        limiter.PauseUntil(Conversation, clock.GetUtcNow().AddSeconds(1));

        Assert.False(limiter.TryAcquire(Conversation, Tenant, out var wait));
        Assert.Equal(TimeSpan.FromSeconds(5), wait);
    }

    [Fact]
    public async Task WaitAsync_WindowFull_CompletesOnlyWhenClockReachesFreeSlot()
    {
        var clock = new TestClock();
        var limiter = new TeamsRateLimiter(clock, globalRequestsPerSecond: 50);
        for (var i = 0; i < 7; i++)
        {
            await limiter.WaitAsync(Conversation, Tenant, CancellationToken.None);
        }

        var eighth = limiter.WaitAsync(Conversation, Tenant, CancellationToken.None).AsTask();
        Assert.False(eighth.IsCompleted);

        clock.Advance(TimeSpan.FromMilliseconds(999));
        Assert.False(eighth.IsCompleted);

        clock.Advance(TimeSpan.FromMilliseconds(1));
        await eighth.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.True(eighth.IsCompletedSuccessfully);
    }

    [Fact]
    public async Task WaitAsync_Cancelled_ThrowsAndTakesNoSlot()
    {
        var clock = new TestClock();
        var limiter = new TeamsRateLimiter(clock, globalRequestsPerSecond: 50);
        limiter.PauseUntil(Conversation, clock.GetUtcNow().AddSeconds(10));
        using var cts = new CancellationTokenSource();

        var waiting = limiter.WaitAsync(Conversation, Tenant, cts.Token).AsTask();
        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
        clock.Advance(TimeSpan.FromSeconds(10));
        for (var i = 0; i < 7; i++)
        {
            Assert.True(limiter.TryAcquire(Conversation, Tenant, out _));
        }
    }

    private static int[] Repeat(int at, int count) => Enumerable.Repeat(at, count).ToArray();

    private static int[] Spread(int start, int stepMs, int count) => Enumerable.Range(0, count).Select(i => start + (i * stepMs)).ToArray();
}
