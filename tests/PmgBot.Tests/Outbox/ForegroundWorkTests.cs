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
    public async Task WaitForLullAsync_AlwaysBusy_GivesUpAfterTheLimitSoTheJobNeverStarves()
    {
        var work = new ForegroundWork(TimeProvider.System);
        using var running = work.Enter();

        await work.WaitForLullAsync(TimeSpan.FromMilliseconds(20), default).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(1, work.Active);
    }
}
