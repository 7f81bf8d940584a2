using Microsoft.EntityFrameworkCore;
using PmgBot.Core.Data;

namespace PmgBot.Core.Inbox;

/// <summary>
/// One write loop's own connection, its prepared statements and the completions it could not write yet. The loop
/// keeps the connection while it works: on SQLite a connection's page cache stays valid only while no other connection
/// wrote, so a pooled connection per batch re-read the pages.
/// </summary>
internal sealed class InboxLane(bool writesCompletions) : IAsyncDisposable
{
    private PmgDbContext? _db;
    private InboxSql? _sql;

    /// <summary>Whether this loop writes completions and reply counts (one loop does) besides new turns.</summary>
    public bool WritesCompletions { get; } = writesCompletions;

    public List<InboxOperation.Progress> UnwrittenCompletions { get; } = [];

    /// <summary>The statements of the open connection (after <see cref="OpenAsync"/>).</summary>
    public InboxSql Sql => _sql ?? throw new InvalidOperationException("The lane has no open connection.");

    public async Task<PmgDbContext> OpenAsync(IDbContextFactory<PmgDbContext> contexts)
    {
        if (_db is { } open)
        {
            return open;
        }

        var db = await contexts.CreateDbContextAsync().ConfigureAwait(false);
        await db.Database.OpenConnectionAsync().ConfigureAwait(false);
        _sql = new InboxSql(db.Database.GetDbConnection(), db.Database.IsSqlite());
        _db = db;
        return db;
    }

    /// <summary>Drops the connection (it may be broken: the database restarted); the next batch opens a new one.</summary>
    public async Task CloseAsync()
    {
        if (_sql is { } sql)
        {
            _sql = null;
            await sql.DisposeAsync().ConfigureAwait(false);
        }

        if (_db is { } db)
        {
            _db = null;
            await db.DisposeAsync().ConfigureAwait(false);
        }
    }

    public ValueTask DisposeAsync() => new(CloseAsync());
}
