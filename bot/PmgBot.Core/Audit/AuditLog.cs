using Microsoft.EntityFrameworkCore;
using PmgBot.Core.Data;
using PmgBot.Core.Text;

namespace PmgBot.Core.Audit;

internal sealed class AuditLog(IDbContextFactory<PmgDbContext> contexts, TimeProvider time) : IAuditLog
{
    public async Task RecordAsync(string actor, string action, string? recordType, string? recordId, string outcome, string? detail, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(action);
        ArgumentException.ThrowIfNullOrWhiteSpace(outcome);

        var context = contexts.CreateDbContext();
        await using (context.ConfigureAwait(false))
        {
            context.AuditEvents.Add(Create(actor, action, recordType, recordId, outcome, detail));
            await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public void Add(PmgDbContext db, string actor, string action, string? recordType, string? recordId, string outcome, string? detail)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentException.ThrowIfNullOrWhiteSpace(action);
        ArgumentException.ThrowIfNullOrWhiteSpace(outcome);
        db.AuditEvents.Add(Create(actor, action, recordType, recordId, outcome, detail));
    }

    private AuditEvent Create(string actor, string action, string? recordType, string? recordId, string outcome, string? detail) => new()
    {
        AtUtc = time.GetUtcNow().UtcDateTime,
        // Actor ids can come from outside (a refused user's claimed id): cut to the column size, without U+0000.
        Actor = Cut(actor, 64) is { } cut && !string.IsNullOrWhiteSpace(cut) ? cut : AuditActors.Anonymous,
        Action = Cut(action, 100)!,
        RecordType = Cut(recordType, 100),
        RecordId = Cut(recordId, 100),
        Outcome = Cut(outcome, 50)!,
        Detail = Cut(detail, 500),
    };

    private static string? Cut(string? value, int max) => StoredText.Cut(value, max);
}
