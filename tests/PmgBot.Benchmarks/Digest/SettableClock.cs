namespace PmgBot.Benchmarks.Digest;

/// <summary>The clock of the digest benchmark's services: the machine's time until the run moves it to the digests' due moment.</summary>
public sealed class SettableClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public void Set(DateTimeOffset now) => _now = now;

    public override DateTimeOffset GetUtcNow() => _now;
}
