using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PmgBot.Core.Audit;
using PmgBot.Core.Data;
using PmgBot.Core.Register;
using PmgBot.Core.Time;

namespace PmgBot.Core.Features.Meetings.Series;

/// <summary>
/// Plans the meetings of every series from today up to <see cref="MeetingOptions.PlanWeeksAhead"/> weeks ahead, as
/// <see cref="JppMeeting"/> rows with their <see cref="JppMeeting.SeriesDate"/>. Idempotent: it computes what the
/// series wants and brings the stored future meetings in line, so a second run changes nothing and a missed run is
/// caught up by the next. Meetings that have started are history and never touched; a meeting made by hand at exactly a
/// series time is taken over. A future series meeting that is no longer wanted (its date was cancelled, the weekday
/// changed) hands its agenda (screened reports, items) to the next meeting of the series and is removed. A date that is
/// not a working day is planned all the same, flagged with a proposal (<see cref="SeriesCalendar"/>): the chair decides.
/// </summary>
public sealed class MeetingSeriesPlanner(
    PmgDbContext db,
    IOptions<MeetingOptions> options,
    TimeProvider time,
    IAuditLog audit,
    IEnumerable<IMeetingHandover> handovers,
    ILogger<MeetingSeriesPlanner> logger)
{
    private const int Attempts = 3;

    /// <summary>Plans every series; what changed, summed.</summary>
    public async Task<MeetingPlanResult> PlanAllAsync(CancellationToken cancellationToken)
    {
        var jppIds = await db.Set<MeetingSeries>().AsNoTracking().Select(s => s.JppId).OrderBy(id => id)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var total = MeetingPlanResult.None;
        foreach (var jppId in jppIds)
        {
            total = total.Plus(await PlanAsync(jppId, cancellationToken).ConfigureAwait(false));
        }

        return total;
    }

    /// <summary>Plans the series of <paramref name="jppId"/> (nothing when it has none).</summary>
    public async Task<MeetingPlanResult> PlanAsync(string jppId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(jppId);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await PlanOnceAsync(jppId, cancellationToken).ConfigureAwait(false);
            }
            catch (DbUpdateException exception) when (attempt < Attempts && StoreConflicts.IsConflict(exception))
            {
                // Another instance planned the same series at the same moment (one meeting per series date): read again.
                db.ChangeTracker.Clear();
                MeetingsLog.PlanConflict(logger, jppId, attempt);
            }
        }
    }

    private async Task<MeetingPlanResult> PlanOnceAsync(string jppId, CancellationToken cancellationToken)
    {
        var series = await db.Set<MeetingSeries>().AsNoTracking().Include(s => s.Dates)
            .SingleOrDefaultAsync(s => s.JppId == jppId, cancellationToken).ConfigureAwait(false);
        if (series is null)
        {
            return MeetingPlanResult.None;
        }

        var calendar = new SeriesCalendar(series);
        var now = time.GetUtcNow().UtcDateTime;
        var today = AmsterdamTime.Today(time);
        var horizon = today.AddDays(7 * options.Value.PlanWeeksAhead);
        var slots = calendar.DatesBetween(today, horizon).Select(calendar.SlotOn).Where(s => s.StartsAtUtc > now).ToList();

        var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (transaction.ConfigureAwait(false))
        {
            var future = await db.JppMeetings.Where(m => m.JppId == jppId && m.StartsAtUtc > now)
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            var bySeriesDate = future.Where(m => m.SeriesDate is not null).ToDictionary(m => m.SeriesDate!.Value);
            var byStart = future.Where(m => m.SeriesDate is null).ToDictionary(m => m.StartsAtUtc);

            int added = 0, updated = 0;
            var planned = new SortedDictionary<DateOnly, JppMeeting>();
            foreach (var slot in slots)
            {
                if (bySeriesDate.TryGetValue(slot.Date, out var meeting) || byStart.Remove(slot.StartsAtUtc, out meeting))
                {
                    updated += Apply(meeting, slot) ? 1 : 0;
                }
                else
                {
                    meeting = new JppMeeting { JppId = jppId };
                    Apply(meeting, slot);
                    db.JppMeetings.Add(meeting);
                    added++;
                }

                planned[slot.Date] = meeting;
            }

            var obsolete = bySeriesDate.Values.Where(m => !planned.ContainsKey(m.SeriesDate!.Value) && m.SeriesDate!.Value <= horizon)
                .OrderBy(m => m.SeriesDate).ToList();
            foreach (var gone in obsolete)
            {
                // Beyond the horizon only when the last planned date went: the series' next date takes the agenda.
                var target = planned.FirstOrDefault(p => p.Key > gone.SeriesDate!.Value).Value;
                if (target is null && calendar.NextDateAfter(gone.SeriesDate!.Value) is { } next)
                {
                    var slot = calendar.SlotOn(next);
                    if (!bySeriesDate.TryGetValue(next, out target))
                    {
                        target = new JppMeeting { JppId = jppId };
                        Apply(target, slot);
                        db.JppMeetings.Add(target);
                        added++;
                    }

                    planned[next] = target;
                }

                if (target is not null)
                {
                    if (target.Id == 0)
                    {
                        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                    }

                    foreach (var handover in handovers)
                    {
                        await handover.MoveAllAsync(db, gone.Id, target.Id, cancellationToken).ConfigureAwait(false);
                    }

                    // Moved before the meeting goes (its items would go with it), and before a next move to the same target reads it.
                    await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                }

                db.JppMeetings.Remove(gone);
                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            }

            var result = new MeetingPlanResult(added, updated, obsolete.Count, planned.Values.Count(m => m.OnDayOff));
            if (result.Changed)
            {
                audit.Add(db, AuditActors.System, MeetingAuditActions.Plan, MeetingAuditActions.RecordType, null, AuditOutcomes.Success,
                    string.Create(CultureInfo.InvariantCulture,
                        $"jpp={jppId} added={result.Added} updated={result.Updated} removed={result.Removed} dayoff={result.OnDayOff}"));
            }

            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            db.ChangeTracker.Clear();
            if (result.Changed)
            {
                MeetingsLog.Planned(logger, jppId, result.Added, result.Updated, result.Removed, result.OnDayOff);
            }

            return result;
        }
    }

    /// <summary>Writes <paramref name="slot"/> onto <paramref name="meeting"/>; true when anything changed.</summary>
    private static bool Apply(JppMeeting meeting, SeriesSlot slot)
    {
        var changed = meeting.SeriesDate != slot.Date
            || meeting.StartsAtUtc != slot.StartsAtUtc
            || meeting.EndsAtUtc != slot.EndsAtUtc
            || meeting.OnDayOff != slot.OnDayOff
            || !string.Equals(meeting.DayOffName, slot.DayOffName, StringComparison.Ordinal)
            || meeting.ProposedStartsAtUtc != slot.ProposedStartsAtUtc;
        meeting.SeriesDate = slot.Date;
        meeting.StartsAtUtc = slot.StartsAtUtc;
        meeting.EndsAtUtc = slot.EndsAtUtc;
        meeting.OnDayOff = slot.OnDayOff;
        meeting.DayOffName = slot.DayOffName;
        meeting.ProposedStartsAtUtc = slot.ProposedStartsAtUtc;
        return changed;
    }
}
