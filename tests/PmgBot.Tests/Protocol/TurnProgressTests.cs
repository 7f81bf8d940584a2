using PmgBot.Core.Turns;

namespace PmgBot.Tests.Protocol;

public sealed class TurnProgressTests
{
    [Theory]
    [InlineData(0, new[] { 1, 2, 3 }, 3)]
    [InlineData(0, new[] { 3, 1, 2 }, 3)]
    [InlineData(2, new[] { 1 }, 2)]
    [InlineData(2, new int[0], 2)]
    public void MarkSent_RepliesInAnyOrder_HighestNumberKept(int alreadySent, int[] marks, int expected)
    {
        var progress = new TurnProgress(alreadySent);

        foreach (var mark in marks)
        {
            progress.MarkSent(mark);
        }

        Assert.Equal(expected, progress.Sent);
    }

    [Fact]
    public void MarkSent_ManyThreads_HighestNumberKept()
    {
        var progress = new TurnProgress();

        Parallel.For(1, 10_001, progress.MarkSent);

        Assert.Equal(10_000, progress.Sent);
    }
}
