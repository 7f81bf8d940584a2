using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace PmgBot.Core.Features.Meetings;

/// <summary>
/// Whether a failed save lost a race (someone else changed the row, or stored the same unique key first) rather than
/// failed for another reason (an outage), which must not pass for a conflict.
/// </summary>
internal static class StoreConflicts
{
    private const int SqliteConstraint = 19;
    private const int SqliteConstraintUnique = 2067;
    private const int SqliteConstraintPrimaryKey = 1555;

    public static bool IsConflict(DbUpdateException exception) => exception switch
    {
        DbUpdateConcurrencyException => true,
        { InnerException: PostgresException postgres } => postgres.SqlState == PostgresErrorCodes.UniqueViolation,
        { InnerException: SqliteException sqlite } => sqlite.SqliteErrorCode == SqliteConstraint
            && sqlite.SqliteExtendedErrorCode is SqliteConstraintUnique or SqliteConstraintPrimaryKey,
        _ => false,
    };
}
