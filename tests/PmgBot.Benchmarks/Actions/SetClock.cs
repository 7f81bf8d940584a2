namespace PmgBot.Benchmarks.Actions;

/// <summary>A clock that stays at the moment it is set to: the sweep is measured at one chosen working morning.</summary>
internal sealed class SetClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
