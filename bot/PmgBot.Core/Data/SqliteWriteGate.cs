using System.Collections.Concurrent;
using System.Data.Common;
using System.Runtime.CompilerServices;

namespace PmgBot.Core.Data;

/// <summary>
/// One writer at a time per SQLite file, queued in the process instead of in SQLite. SQLite has one write lock per
/// database; a connection that finds it taken sleeps and polls (busy timeout) and is not woken when it frees, so under
/// concurrent writers (turns, the audit log, the outbox and follow-up jobs) a short write could wait tens of
/// milliseconds. Here a writer waits on a semaphore and starts the moment the previous one ends. A connection holds the
/// gate from the start of its transaction (or its single write statement) to the end. A wait longer than SQLite's busy
/// timeout goes on without the gate, so the behaviour is never worse than SQLite's own (e.g. a second connection that
/// writes while the same flow holds a transaction). Writes marked <see cref="Urgent"/> (the inbox: a user waits for
/// its 202, and a turn's done mark should follow its reply closely) go before the others in the queue.
/// </summary>
internal static class SqliteWriteGate
{
    private static readonly ConcurrentDictionary<string, PriorityGate> Gates = new(StringComparer.Ordinal);
    private static readonly ConditionalWeakTable<DbConnection, Holding> Held = new();
    private static readonly AsyncLocal<bool> IsUrgent = new();

    public static TimeSpan MaxWait { get; } = TimeSpan.FromMilliseconds(SqlitePragmaInterceptor.BusyTimeoutMilliseconds);

    /// <summary>Marks the writes of the calling flow urgent until the returned scope is disposed.</summary>
    public static UrgentScope Urgent()
    {
        var before = IsUrgent.Value;
        IsUrgent.Value = true;
        return new UrgentScope(before);
    }

    public static async ValueTask EnterAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        var gate = GateOf(connection);
        if (gate is not null && await gate.WaitAsync(IsUrgent.Value, MaxWait, cancellationToken).ConfigureAwait(false))
        {
            Remember(connection, gate);
        }
    }

    public static void Enter(DbConnection connection)
    {
        var gate = GateOf(connection);
        if (gate is not null && gate.Wait(IsUrgent.Value, MaxWait))
        {
            Remember(connection, gate);
        }
    }

    /// <summary>Ends the connection's hold, if it has one (safe to call more than once).</summary>
    public static void Exit(DbConnection connection)
    {
        if (Held.TryGetValue(connection, out var holding) && Held.Remove(connection))
        {
            holding.Gate.Release();
        }
    }

    /// <summary>Whether the connection holds the gate now (for tests).</summary>
    public static bool Holds(DbConnection connection) => Held.TryGetValue(connection, out _);

    private static void Remember(DbConnection connection, PriorityGate gate)
    {
        if (!Held.TryAdd(connection, new Holding(gate)))
        {
            // Already held by this connection (cannot happen: one transaction or statement at a time); keep one count.
            gate.Release();
        }
    }

    private static PriorityGate? GateOf(DbConnection connection)
    {
        var file = connection.DataSource;
        return string.IsNullOrEmpty(file) || file == ":memory:" ? null : Gates.GetOrAdd(Path.GetFullPath(file), _ => new PriorityGate());
    }

    private sealed record Holding(PriorityGate Gate);

    /// <summary>Ends <see cref="Urgent"/>.</summary>
    public readonly struct UrgentScope(bool before) : IDisposable
    {
        public void Dispose() => IsUrgent.Value = before;
    }
}
