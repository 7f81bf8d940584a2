namespace PmgBot.Core.Register;

/// <summary>Hands out the numbers behind human-readable references (PMG-J-0017, PMG-2026-00042).</summary>
public interface IRecordCounters
{
    /// <summary>
    /// The next number of <paramref name="scope"/> (1, 2, …), in one atomic statement on the caller's context, so it
    /// joins the caller's transaction: on PostgreSQL the row stays locked until that transaction ends, so concurrent
    /// callers never get the same number; on rollback the number is not used.
    /// </summary>
    Task<long> NextAsync(string scope, CancellationToken cancellationToken);
}
