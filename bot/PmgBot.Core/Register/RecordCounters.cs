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
}
