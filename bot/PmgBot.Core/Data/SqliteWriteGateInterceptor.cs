using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace PmgBot.Core.Data;

/// <summary>
/// Puts every SQLite write through <see cref="SqliteWriteGate"/>: a transaction holds it from begin to commit, rollback
/// or the connection's close (a transaction disposed without either); a write statement outside a transaction (an
/// <c>ExecuteUpdate</c>, a single-statement save) from execution to its end. Reads never wait (WAL).
/// </summary>
internal sealed class SqliteWriteGateInterceptor : IDbTransactionInterceptor, IDbCommandInterceptor, IDbConnectionInterceptor
{
    public static readonly SqliteWriteGateInterceptor Instance = new();

    private SqliteWriteGateInterceptor()
    {
    }

    public InterceptionResult<DbTransaction> TransactionStarting(DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result)
    {
        SqliteWriteGate.Enter(connection);
        return result;
    }

    public async ValueTask<InterceptionResult<DbTransaction>> TransactionStartingAsync(
        DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result, CancellationToken cancellationToken = default)
    {
        await SqliteWriteGate.EnterAsync(connection, cancellationToken).ConfigureAwait(false);
        return result;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => ExitTransaction(transaction, eventData);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        ExitTransaction(transaction, eventData);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => ExitTransaction(transaction, eventData);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        ExitTransaction(transaction, eventData);
        return Task.CompletedTask;
    }

    public void TransactionFailed(DbTransaction transaction, TransactionErrorEventData eventData) => ExitTransaction(transaction, eventData);

    public Task TransactionFailedAsync(DbTransaction transaction, TransactionErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        ExitTransaction(transaction, eventData);
        return Task.CompletedTask;
    }

    public InterceptionResult ConnectionClosing(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
    {
        SqliteWriteGate.Exit(connection);
        return result;
    }

    public ValueTask<InterceptionResult> ConnectionClosingAsync(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
    {
        SqliteWriteGate.Exit(connection);
        return ValueTask.FromResult(result);
    }

    public InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        EnterForWrite(command);
        return result;
    }

    public async ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        await EnterForWriteAsync(command, cancellationToken).ConfigureAwait(false);
        return result;
    }

    public int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
    {
        ExitAfterWrite(command);
        return result;
    }

    public ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        ExitAfterWrite(command);
        return ValueTask.FromResult(result);
    }

    public InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        EnterForWrite(command);
        return result;
    }

    public async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        await EnterForWriteAsync(command, cancellationToken).ConfigureAwait(false);
        return result;
    }

    public InterceptionResult DataReaderClosing(DbCommand command, DataReaderClosingEventData eventData, InterceptionResult result)
    {
        ExitAfterWrite(command);
        return result;
    }

    public ValueTask<InterceptionResult> DataReaderClosingAsync(DbCommand command, DataReaderClosingEventData eventData, InterceptionResult result)
    {
        ExitAfterWrite(command);
        return ValueTask.FromResult(result);
    }

    public InterceptionResult DataReaderDisposing(DbCommand command, DataReaderDisposingEventData eventData, InterceptionResult result)
    {
        ExitAfterWrite(command);
        return result;
    }

    public void CommandFailed(DbCommand command, CommandErrorEventData eventData) => ExitAfterWrite(command);

    public Task CommandFailedAsync(DbCommand command, CommandErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        ExitAfterWrite(command);
        return Task.CompletedTask;
    }

    public void CommandCanceled(DbCommand command, CommandEndEventData eventData) => ExitAfterWrite(command);

    public Task CommandCanceledAsync(DbCommand command, CommandEndEventData eventData, CancellationToken cancellationToken = default)
    {
        ExitAfterWrite(command);
        return Task.CompletedTask;
    }

    private static void ExitTransaction(DbTransaction transaction, DbContextEventData eventData)
    {
        // A completed SqliteTransaction no longer knows its connection; the context's is the same one.
        if ((transaction.Connection ?? eventData.Context?.Database.GetDbConnection()) is { } connection)
        {
            SqliteWriteGate.Exit(connection);
        }
    }

    /// <summary>A statement that writes, run outside a transaction (SQLite wraps it in its own).</summary>
    internal static bool IsLoneWrite(DbCommand command) =>
        command.Transaction is null && command.Connection is not null && StartsWithWrite(command.CommandText);

    internal static bool StartsWithWrite(string? sql)
    {
        var text = sql.AsSpan().TrimStart();
        return text.StartsWith("INSERT", StringComparison.OrdinalIgnoreCase)
            || text.StartsWith("UPDATE", StringComparison.OrdinalIgnoreCase)
            || text.StartsWith("DELETE", StringComparison.OrdinalIgnoreCase)
            || text.StartsWith("REPLACE", StringComparison.OrdinalIgnoreCase);
    }

    private static void EnterForWrite(DbCommand command)
    {
        if (IsLoneWrite(command))
        {
            SqliteWriteGate.Enter(command.Connection!);
        }
    }

    private static ValueTask EnterForWriteAsync(DbCommand command, CancellationToken cancellationToken) =>
        IsLoneWrite(command) ? SqliteWriteGate.EnterAsync(command.Connection!, cancellationToken) : ValueTask.CompletedTask;

    private static void ExitAfterWrite(DbCommand command)
    {
        if (command.Transaction is null && command.Connection is { } connection)
        {
            SqliteWriteGate.Exit(connection);
        }
    }
}
