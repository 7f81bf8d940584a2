using System.Net.Sockets;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using PmgBot.Core.Data;

namespace PmgBot.Tests.Storage;

public sealed class DatabaseOutageTests
{
    public static TheoryData<string, Exception, bool> Failures => new()
    {
        { "connection refused", new NpgsqlException("Failed to connect", new SocketException(111)), true },
        { "pool exhausted (timeout)", new NpgsqlException("The connection pool has been exhausted", new TimeoutException()), true },
        { "server shutting down 57P01", PostgresError("57P01"), true },
        { "cannot connect now 57P03", PostgresError("57P03"), true },
        { "connection failure 08006", PostgresError("08006"), true },
        { "too many connections 53300", PostgresError("53300"), true },
        { "serialization failure 40001", PostgresError("40001"), true },
        { "unique violation 23505", PostgresError("23505"), false },
        { "value too long 22001", PostgresError("22001"), false },
        { "sqlite busy", new SqliteException("database is locked", 5), true },
        { "sqlite disk full", new SqliteException("database or disk is full", 13), true },
        { "sqlite no such table", new SqliteException("no such table: X", 1), false },
        { "sqlite constraint", new SqliteException("UNIQUE constraint failed", 19), false },
        { "wrapped in DbUpdateException", new DbUpdateException("save failed", new SqliteException("database is locked", 5)), true },
        { "timeout", new TimeoutException(), true },
        { "code fault", new InvalidOperationException("bug"), false },
        { "null reference", new NullReferenceException(), false },
    };

    [Theory]
    [MemberData(nameof(Failures))]
    public void Is_Failure_TellsAnOutageFromAFault(string name, Exception exception, bool expected)
    {
        Assert.True(expected == DatabaseOutage.Is(exception), name);
    }

    [Fact]
    public void Is_Null_False() => Assert.False(DatabaseOutage.Is(null));

    private static PostgresException PostgresError(string sqlState) =>
        new("simulated", "ERROR", "ERROR", sqlState);
}
