using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace PmgBot.Tests.Integration;

/// <summary>
/// Makes the database look down (SQLITE_BUSY on every command and transaction of EF) while <see cref="Down"/> is set;
/// with <see cref="InboxStillWrites"/> transactions still begin, so the inbox (plain commands in an EF transaction)
/// still writes: the outage begins right after a turn was stored.
/// </summary>
internal sealed class OutageInterceptor : DbCommandInterceptor, IDbTransactionInterceptor
{
    public ValueTask<InterceptionResult<DbTransaction>> TransactionStartingAsync(
        DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result, CancellationToken cancellationToken = default)
    {
        if (Down && !InboxStillWrites)
        {
            Refused++;
            throw new SqliteException("database is locked (simulated outage)", 5);
        }

        return ValueTask.FromResult(result);
    }

    public bool Down { get; set; }

    public bool InboxStillWrites { get; set; }

    public int Refused { get; private set; }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Refuse(command);
        return ValueTask.FromResult(result);
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Refuse(command);
        return ValueTask.FromResult(result);
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Refuse(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Refuse(command);
        return result;
    }

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        Refuse(command);
        return result;
    }

    private void Refuse(DbCommand command)
    {
        if (!Down || (InboxStillWrites && command.CommandText.Contains("\"InboxTurns\"", StringComparison.Ordinal)))
        {
            return;
        }

        Refused++;
        throw new SqliteException("database is locked (simulated outage)", 5);
    }
}
