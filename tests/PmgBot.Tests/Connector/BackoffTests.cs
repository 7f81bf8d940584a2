using PmgBot.Core.Connector;

namespace PmgBot.Tests.Connector;

public sealed class BackoffTests
{
    [Theory]
    [InlineData(1, 1000)]
    [InlineData(2, 2000)]
    [InlineData(3, 4000)]
    [InlineData(5, 16000)]
    [InlineData(6, 30000)]
    [InlineData(60, 30000)]
    public void Ceiling_Attempt_DoublesUpToCap(int failedAttempts, int expectedMs)
    {
        Assert.Equal(
            TimeSpan.FromMilliseconds(expectedMs),
            Backoff.Ceiling(failedAttempts, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30)));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    [InlineData(20)]
    public void FullJitter_ManyDraws_StayBelowCeilingAndSpread(int failedAttempts)
    {
        var random = new Random(42);
        var ceiling = Backoff.Ceiling(failedAttempts, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30));
        var draws = Enumerable.Range(0, 500)
            .Select(_ => Backoff.FullJitter(failedAttempts, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30), random))
            .ToList();

        Assert.All(draws, d => Assert.InRange(d, TimeSpan.Zero, ceiling));
        Assert.Contains(draws, d => d < ceiling / 4);
        Assert.Contains(draws, d => d > ceiling * 3 / 4);
    }
}
