using Microsoft.EntityFrameworkCore;
using PmgBot.Core.Data;

namespace PmgBot.Core.Register;

internal sealed class RecordCounters(PmgDbContext db) : IRecordCounters
{
    public async Task<long> NextAsync(string scope, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(scope);
        // Upsert + RETURNING works on SQLite (3.35+) and PostgreSQL alike.
        var values = await db.Database.SqlQuery<long>(
                $"""INSERT INTO "RecordCounters" ("Scope", "Value") VALUES ({scope}, 1) ON CONFLICT ("Scope") DO UPDATE SET "Value" = "RecordCounters"."Value" + 1 RETURNING "Value" """)
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
        return values.Single();
    }

    public async Task<long> NextCommittedAsync(string scope, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(scope);
        if (db.Database.CurrentTransaction is not null)
        {
            throw new InvalidOperationException("NextCommittedAsync commits on its own: call it outside a transaction.");
        }

        var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (transaction.ConfigureAwait(false))
        {
            if (db.Database.IsNpgsql())
            {
                // The row lock is released at commit; without this the commit would hold it through the WAL flush, and
                // every caller would queue behind the slowest flush. Safe: the caller's record is committed later with
                // a synchronous commit, which flushes this commit record too; if the server stops before that, the
                // number is handed out again, but nothing was stored under it.
                await db.Database.ExecuteSqlRawAsync("SET LOCAL synchronous_commit TO OFF", cancellationToken).ConfigureAwait(false);
            }

            var number = await NextAsync(scope, cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return number;
        }
    }
}
