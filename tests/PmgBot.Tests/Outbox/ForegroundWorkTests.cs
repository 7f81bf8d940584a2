using PmgBot.Core.Threading;

namespace PmgBot.Tests.Outbox;

/// <summary>Background jobs let users go first: a wait for a lull ends when the last request ends, or after its limit.</summary>
public sealed class ForegroundWorkTests
{
    [Fact]
    public async Task WaitForLullAsync_NothingRunning_ReturnsAtOnce()
    {
        var work = new ForegroundWork(TimeProvider.System);

        var wait = work.WaitForLullAsync(TimeSpan.FromMinutes(5), default);

        Assert.True(wait.IsCompletedSuccessfully);
        await wait;
    }

    [Fact]
    public async Task WaitForLullAsync_RequestRunning_EndsWhenItEnds()
    {
        var work = new ForegroundWork(TimeProvider.System);
        var running = work.Enter();

        var wait = work.WaitForLullAsync(TimeSpan.FromMinutes(5), default);
        var stillWaiting = await Task.WhenAny(wait, Task.Delay(100)) != wait;
        running.Dispose();
        await wait.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.True(stillWaiting);
        Assert.Equal(0, work.Active);
    }

    [Fact]
    public async Task WaitForLullAsync_TwoRequestsRunning_EndsOnlyWhenBothEnded()
    {
        var work = new ForegroundWork(TimeProvider.System);
        var first = work.Enter();
        var second = work.Enter();

        var wait = work.WaitForLullAsync(TimeSpan.FromMinutes(5), default);
        first.Dispose();
        var waitingForTheSecond = await Task.WhenAny(wait, Task.Delay(100)) != wait;
        second.Dispose();
        await wait.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.True(waitingForTheSecond);
    }

    [Fact]
    public async Task WaitForLullAsync_NewRequestAfterALull_WaitsAgain()
    {
        var work = new ForegroundWork(TimeProvider.System);
        work.Enter().Dispose();
        using var running = work.Enter();

        var wait = work.WaitForLullAsync(TimeSpan.FromMinutes(5), default);

        Assert.NotSame(wait, await Task.WhenAny(wait, Task.Delay(100)));
    }

    [Fact]
    public async Task WaitForLullAsync_Cancelled_Throws()
    {
        var work = new ForegroundWork(TimeProvider.System);
        using var running = work.Enter();
        using var cancel = new CancellationTokenSource();

        var wait = work.WaitForLullAsync(TimeSpan.FromMinutes(5), cancel.Token);
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => wait.WaitAsync(TimeSpan.FromSeconds(30)));
    }

    [Fact]
    public async Task WaitForLullAsync_AlwaysBusy_GivesUpAfterTheLimitSoTheJobNeverStarves()
    {
        var work = new ForegroundWork(TimeProvider.System);
        using var running = work.Enter();

        await work.WaitForLullAsync(TimeSpan.FromMilliseconds(20), default).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(1, work.Active);
    }
}
