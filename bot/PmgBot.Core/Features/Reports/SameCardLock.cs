using Microsoft.EntityFrameworkCore;
using Npgsql;
using PmgBot.Core.Data;

namespace PmgBot.Core.Features.Reports;

/// <summary>
/// On PostgreSQL, a session advisory lock on a card's idempotency key, held on the context's connection (kept open)
/// until disposed: two submits of one card, on any instance, store one after the other, so the second finds the first
/// before it draws a number. On SQLite nothing: the store transaction's write lock already does this.
/// </summary>
internal sealed class SameCardLock : IAsyncDisposable
{
    private readonly PmgDbContext? _db;
    private readonly long _key;

    private SameCardLock(PmgDbContext? db, long key)
    {
        _db = db;
        _key = key;
    }

    /// <summary>Whether a lock is held (PostgreSQL).</summary>
    public bool Held => _db is not null;

    public static async Task<SameCardLock> TakeAsync(PmgDbContext db, string idempotencyKey, CancellationToken cancellationToken)
    {
        if (!db.Database.IsNpgsql())
        {
            return new SameCardLock(null, 0);
        }

        var key = AdvisoryLockKey.For("report-card:" + idempotencyKey);
        await db.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_lock({key})", cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await db.Database.CloseConnectionAsync().ConfigureAwait(false);
            throw;
        }

        return new SameCardLock(db, key);
    }

    public async ValueTask DisposeAsync()
    {
        if (_db is null)
        {
            return;
        }

        try
        {
            // Never cancelled: pooled connections are not reset on return, so the lock must be let go here.
            await _db.Database.ExecuteSqlAsync($"SELECT pg_advisory_unlock({_key})", CancellationToken.None).ConfigureAwait(false);
        }
        catch when (_db.Database.GetDbConnection() is NpgsqlConnection connection)
        {
            // The lock lives as long as the session, and the pool would keep this session with the lock held (other
            // submits of that card, on every instance, would wait for it): the connection is closed for real instead.
            NpgsqlConnection.ClearPool(connection);
            throw;
        }
        finally
        {
            await _db.Database.CloseConnectionAsync().ConfigureAwait(false);
        }
    }
}
