using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PmgBot.Core.Data;

namespace PmgBot.Core.Inbox;

/// <summary>
/// The slow paths of the inbox (scoped): taking over turns nobody finishes, holding a turn longer while it waits
/// for the database, and removing old done turns.
/// </summary>
public sealed class InboxRecovery(PmgDbContext db, InboxProcess process, IOptions<InboxOptions> options, TimeProvider time, ILogger<InboxRecovery> logger)
{
    private const int Batch = 256;

    /// <summary>
    /// Takes over pending turns whose lease ran out, and at once those of an earlier incarnation on this machine
    /// (a restart), except the ones this process still holds. Turns taken over too often are given up.
    /// </summary>
    public async Task<IReadOnlyList<RecoveredTurn>> TakeOverAsync(IReadOnlySet<Guid> heldHere, int max, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(heldHere);
        if (max <= 0)
        {
            return [];
        }

        var settings = options.Value;
        var now = Now();
        var prefix = process.MachinePrefix;
        var me = process.Owner;
        var candidates = await Available(now, prefix, me)
            .OrderBy(t => t.ReceivedAtUtc).ThenBy(t => t.Id)
            .Take(Math.Min(max, Batch) + heldHere.Count)
            .Select(t => new { t.Id, t.Attempts })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        candidates = [.. candidates.Where(c => !heldHere.Contains(c.Id)).Take(Math.Min(max, Batch))];
        if (candidates.Count == 0)
        {
            return [];
        }

        var worn = candidates.Where(c => c.Attempts >= settings.MaxAttempts).Select(c => c.Id).ToList();
        if (worn.Count > 0)
        {
            await Available(now, prefix, me).Where(t => worn.Contains(t.Id))
                .ExecuteUpdateAsync(
                    s => s.SetProperty(t => t.Status, InboxStatus.Abandoned)
                        .SetProperty(t => t.ActivityJson, string.Empty)
                        .SetProperty(t => t.DoneAtUtc, now),
                    cancellationToken).ConfigureAwait(false);
            foreach (var id in worn)
            {
                InboxLog.Abandoned(logger, id, settings.MaxAttempts);
            }
        }

        var ids = candidates.Where(c => c.Attempts < settings.MaxAttempts).Select(c => c.Id).ToList();
        if (ids.Count == 0)
        {
            return [];
        }

        // Whole milliseconds: the same value on both providers, so the rows this claim took can be read back by it.
        var leaseUntil = WholeMilliseconds(now + settings.LeaseDuration);
        await Available(now, prefix, me).Where(t => ids.Contains(t.Id))
            .ExecuteUpdateAsync(
                s => s.SetProperty(t => t.LeaseOwner, me)
                    .SetProperty(t => t.LeaseUntilUtc, leaseUntil)
                    .SetProperty(t => t.Attempts, t => t.Attempts + 1),
                cancellationToken).ConfigureAwait(false);
        var taken = await db.InboxTurns.AsNoTracking()
            .Where(t => ids.Contains(t.Id) && t.LeaseOwner == me && t.LeaseUntilUtc == leaseUntil && t.Status == InboxStatus.Pending)
            .OrderBy(t => t.ReceivedAtUtc).ThenBy(t => t.Id)
            .Select(t => new RecoveredTurn(t.Id, t.ActivityJson, t.CorrelationId, t.LeaseUntilUtc, t.RepliesSent))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        if (taken.Count > 0)
        {
            InboxLog.TookOver(logger, taken.Count);
        }

        return taken;
    }

    /// <summary>Holds a turn of this process for another lease; false when it is done or another process took it over.</summary>
    public async Task<DateTime?> ExtendLeaseAsync(Guid turnId, CancellationToken cancellationToken)
    {
        var leaseUntil = WholeMilliseconds(Now() + options.Value.LeaseDuration);
        var me = process.Owner;
        var changed = await db.InboxTurns
            .Where(t => t.Id == turnId && t.Status == InboxStatus.Pending && t.LeaseOwner == me)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.LeaseUntilUtc, leaseUntil), cancellationToken).ConfigureAwait(false);
        return changed == 1 ? leaseUntil : null;
    }

    /// <summary>Removes done and abandoned turns older than the retention (their keys no longer catch redeliveries).</summary>
    public async Task<int> PurgeAsync(CancellationToken cancellationToken)
    {
        var before = Now() - options.Value.Retention;
        var removed = await db.InboxTurns
            .Where(t => t.Status != InboxStatus.Pending && t.DoneAtUtc < before)
            .ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        InboxLog.Purged(logger, removed);
        return removed;
    }

    private IQueryable<InboxTurn> Available(DateTime now, string machinePrefix, string me) =>
        db.InboxTurns.Where(t => t.Status == InboxStatus.Pending
            && (t.LeaseUntilUtc < now || (t.LeaseOwner.StartsWith(machinePrefix) && t.LeaseOwner != me)));

    private DateTime Now() => time.GetUtcNow().UtcDateTime;

    private static DateTime WholeMilliseconds(DateTime value) =>
        new(value.Ticks - (value.Ticks % TimeSpan.TicksPerMillisecond) + TimeSpan.TicksPerMillisecond, DateTimeKind.Utc);
}
