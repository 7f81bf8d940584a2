namespace PmgBot.Core.Register;

/// <summary>Hands out the numbers behind human-readable references (PMG-J-0017, PMG-2026-00042).</summary>
public interface IRecordCounters
{
    /// <summary>
    /// The next number of <paramref name="scope"/> (1, 2, …), in one atomic statement on the caller's context, so it
    /// joins the caller's transaction: the counter row stays locked until that transaction ends, so concurrent
    /// callers never get the same number; on rollback the number is not used.
    /// </summary>
    Task<long> NextAsync(string scope, CancellationToken cancellationToken);

    /// <summary>
    /// The next number of <paramref name="scope"/>, drawn in a short transaction of its own on the caller's context
    /// (which must not be in a transaction) and committed before it returns. The counter row is locked only for that
    /// statement, so callers that write much afterwards do not queue behind each other's commits; the price is a gap
    /// when the caller's own write then fails. Unique and increasing, like <see cref="NextAsync"/>.
    /// </summary>
    Task<long> NextCommittedAsync(string scope, CancellationToken cancellationToken);
}
