using PmgBot.Core.Data;

namespace PmgBot.Core.Audit;

/// <summary>
/// The append-only audit log. Each call stores one <see cref="AuditEvent"/> at once, in its own context, independent
/// of the caller's unit of work (so do not call it while holding an open SQLite write transaction).
/// Never put youth names, message text or case facts in <paramref name="detail"/>.
/// </summary>
public interface IAuditLog
{
    /// <param name="actor">Entra object id of whoever acted, or <see cref="AuditActors.System"/>.</param>
    /// <param name="action">What was done, e.g. <see cref="AuditActions.AccessRefused"/>.</param>
    /// <param name="recordType">The kind of record acted on, if any.</param>
    /// <param name="recordId">The id of that record, if any.</param>
    /// <param name="outcome">E.g. <see cref="AuditOutcomes.Success"/>.</param>
    /// <param name="detail">Short technical detail (at most 500 characters are kept).</param>
    Task RecordAsync(string actor, string action, string? recordType, string? recordId, string outcome, string? detail, CancellationToken cancellationToken);

    /// <summary>
    /// Adds the event to the caller's unit of work instead: it is stored by the caller's next save, in the same
    /// transaction as what it records (nothing stored, nothing audited; one commit less).
    /// </summary>
    void Add(PmgDbContext db, string actor, string action, string? recordType, string? recordId, string outcome, string? detail);
}
