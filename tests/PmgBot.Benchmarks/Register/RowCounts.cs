using Microsoft.EntityFrameworkCore;
using PmgBot.Core.Audit;
using PmgBot.Core.Conversations;
using PmgBot.Core.Data;
using PmgBot.Core.Outbox;
using PmgBot.Core.Register;

namespace PmgBot.Benchmarks.Register;

/// <summary>Rows in the register tables (and what the load adds besides reports: outbox messages, audit events, conversation references).</summary>
public sealed record RowCounts(int Youths, int Reports, int Involvements, int OutboxMessages, int AuditEvents, int ConversationReferences)
{
    public static async Task<RowCounts> ReadAsync(IDbContextFactory<PmgDbContext> contexts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(contexts);
        var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            return new RowCounts(
                await db.Youths.CountAsync(cancellationToken).ConfigureAwait(false),
                await db.Reports.CountAsync(cancellationToken).ConfigureAwait(false),
                await db.YouthInvolvements.CountAsync(cancellationToken).ConfigureAwait(false),
                await db.OutboxMessages.CountAsync(cancellationToken).ConfigureAwait(false),
                await db.AuditEvents.CountAsync(cancellationToken).ConfigureAwait(false),
                await db.ConversationReferences.CountAsync(cancellationToken).ConfigureAwait(false));
        }
    }

    public override string ToString() =>
        $"youths {Youths:N0}, reports {Reports:N0}, involvements {Involvements:N0}, outbox {OutboxMessages:N0}, audit {AuditEvents:N0}, conversation refs {ConversationReferences:N0}";
}
