using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using PmgBot.Core.Data;
using PmgBot.Core.Outbox;
using PmgBot.Core.Register;

namespace PmgBot.Benchmarks.Register;

/// <summary>
/// What the bot still has to do after a workload: reports whose follow-up (matching, notices, alerts) has not run, and
/// outbox messages not yet sent. The next phase starts once the follow-ups are done.
/// </summary>
public sealed record BackgroundWork(int FollowUps, int Outbox)
{

    public static async Task<BackgroundWork> ReadAsync(IDbContextFactory<PmgDbContext> contexts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(contexts);
        var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            return new BackgroundWork(
                await db.Reports.CountAsync(r => r.FollowUpDueAtUtc != null, cancellationToken).ConfigureAwait(false),
                await db.OutboxMessages.CountAsync(m => m.Status == OutboxStatus.Pending || m.Status == OutboxStatus.Sending, cancellationToken).ConfigureAwait(false));
        }
    }

    /// <summary>
    /// Waits (polling every 200 ms, at most <paramref name="limit"/>) until the follow-ups are done; returns what was
    /// left at the start and how long it took.
    /// </summary>
    public static async Task<(BackgroundWork Left, TimeSpan Took, bool Done)> DrainAsync(
        IDbContextFactory<PmgDbContext> contexts, TimeSpan limit, TimeProvider time, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var left = await ReadAsync(contexts, cancellationToken).ConfigureAwait(false);
        var now = left;
        while (now.FollowUps > 0 && Stopwatch.GetElapsedTime(started) < limit)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(200), time, cancellationToken).ConfigureAwait(false);
            now = await ReadAsync(contexts, cancellationToken).ConfigureAwait(false);
        }

        return (left, Stopwatch.GetElapsedTime(started), now.FollowUps == 0);
    }
}
