namespace PmgBot.Core.Connector;

/// <summary>Exponential back-off with full jitter: a random wait in [0, min(cap, base·2^(n-1))).</summary>
public static class Backoff
{
    /// <param name="failedAttempts">How many attempts failed so far (1 after the first failure).</param>
    public static TimeSpan FullJitter(int failedAttempts, TimeSpan baseDelay, TimeSpan maxDelay, Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        return TimeSpan.FromTicks((long)(random.NextDouble() * Ceiling(failedAttempts, baseDelay, maxDelay).Ticks));
    }

    /// <summary>The upper bound of <see cref="FullJitter"/> for the given attempt.</summary>
    public static TimeSpan Ceiling(int failedAttempts, TimeSpan baseDelay, TimeSpan maxDelay)
    {
        var exponent = Math.Clamp(failedAttempts - 1, 0, 30);
        var ticks = baseDelay.Ticks * Math.Pow(2, exponent);
        return ticks >= maxDelay.Ticks ? maxDelay : TimeSpan.FromTicks((long)ticks);
    }
}
