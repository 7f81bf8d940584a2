using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PmgBot.Core.Data;
using PmgBot.Core.Features.Meetings.Series;
using PmgBot.Core.Register;

namespace PmgBot.Core.Features.Meetings.AgendaItems;

/// <summary>
/// Keeps the stored items of a meeting that is still ahead in line with their sources, and reads an agenda. No access
/// check: callers are <see cref="MeetingAgendaService"/> (which checks the chair) and system work (the digest, later).
/// <list type="bullet">
/// <item>Reports the screening put on the meeting (<see cref="Report.AgendaMeetingId"/>): a youth report becomes an item
/// of its youth, a group or location report an item of its own. For every meeting ahead.</item>
/// <item>Youths due for follow-up and youths with an open escalation or de-escalation (<see cref="AgendaRules"/>): for the
/// <b>next</b> meeting of the JPP only, the one being prepared; once it has passed the next one gets them (counting from
/// this one's discussion), so one youth is not due at two meetings ahead at once.</item>
/// <item>The chair's decisions stand: an item the chair removed or moved is not put back by a source, an item the chair
/// added or that was moved here stays while its source is gone. A derived item whose source went (a report screened
/// again elsewhere) is dropped.</item>
/// <item>A meeting that has started is history: never changed, and its active items say who was discussed.</item>
/// </list>
/// </summary>
public sealed class MeetingAgendaBuilder(PmgDbContext db, IOptions<MeetingOptions> options, TimeProvider time, ILogger<MeetingAgendaBuilder> logger)
{
    private const int Attempts = 3;

    /// <summary>Brings the items of a meeting ahead in line with their sources; false when there is no such meeting.</summary>
    public async Task<bool> RefreshAsync(long meetingId, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await RefreshOnceAsync(meetingId, cancellationToken).ConfigureAwait(false);
            }
            catch (DbUpdateException exception) when (attempt < Attempts && StoreConflicts.IsConflict(exception))
            {
                // Two refreshes (two chairs, a chair and the digest) added the same item at once: read again.
                db.ChangeTracker.Clear();
                MeetingsLog.AgendaConflict(logger, meetingId, attempt);
            }
        }
    }

    /// <summary>The agenda as stored (call <see cref="RefreshAsync"/> first for a meeting ahead); null when there is no such meeting.</summary>
    public Task<MeetingAgenda?> ReadAsync(long meetingId, CancellationToken cancellationToken) =>
        new MeetingAgendaReader(db, options.Value).ReadAsync(meetingId, cancellationToken);

    private async Task<bool> RefreshOnceAsync(long meetingId, CancellationToken cancellationToken)
    {
        var meeting = await db.JppMeetings.AsNoTracking().SingleOrDefaultAsync(m => m.Id == meetingId, cancellationToken).ConfigureAwait(false);
        if (meeting is null)
        {
            return false;
        }

        var now = time.GetUtcNow().UtcDateTime;
        if (meeting.StartsAtUtc <= now)
        {
            return true;
        }

        var jppId = meeting.JppId;
        var startsAt = meeting.StartsAtUtc;
        var isNext = !await db.JppMeetings.AnyAsync(m => m.JppId == jppId && m.StartsAtUtc > now && m.StartsAtUtc < startsAt, cancellationToken)
            .ConfigureAwait(false);
        var reports = await db.Reports.AsNoTracking()
            .Where(r => r.AgendaMeetingId == meetingId && r.Status == ReportStatus.OpAgendaJpp)
            .OrderBy(r => r.Id)
            .Select(r => new { r.Id, r.YouthId })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var items = await db.Set<MeetingAgendaItem>().Where(i => i.MeetingId == meetingId).ToListAsync(cancellationToken).ConfigureAwait(false);
        var youthIds = reports.Where(r => r.YouthId is not null).Select(r => r.YouthId!.Value)
            .Concat(items.Where(i => i.YouthId is not null).Select(i => i.YouthId!.Value))
            .Distinct().ToList();
        var facts = await AgendaFactsQuery.ReadAsync(db, jppId, isNext, youthIds, startsAt, cancellationToken).ConfigureAwait(false);

        var derived = new List<(AgendaSubject Subject, AgendaItemSources Sources)>();
        void Add(AgendaSubject subject, AgendaItemSources source)
        {
            var at = derived.FindIndex(d => d.Subject == subject);
            if (at < 0)
            {
                derived.Add((subject, source));
            }
            else
            {
                derived[at] = (subject, derived[at].Sources | source);
            }
        }

        foreach (var report in reports)
        {
            Add(report.YouthId is { } youthId ? AgendaSubject.ForYouth(youthId) : AgendaSubject.ForReport(report.Id), AgendaItemSources.Screening);
        }

        if (isNext)
        {
            var series = await db.Set<MeetingSeries>().AsNoTracking().SingleOrDefaultAsync(s => s.JppId == jppId, cancellationToken).ConfigureAwait(false);
            var periods = ReviewPeriods.For(series, options.Value);
            foreach (var youth in facts.Values.Where(f => string.Equals(f.JppId, jppId, StringComparison.Ordinal)).OrderBy(f => f.Code, StringComparer.Ordinal))
            {
                if (AgendaRules.HasOpenLevelChange(youth))
                {
                    Add(AgendaSubject.ForYouth(youth.YouthId), AgendaItemSources.LevelChange);
                }

                if (AgendaRules.IsDueForFollowUp(youth, startsAt, periods))
                {
                    Add(AgendaSubject.ForYouth(youth.YouthId), AgendaItemSources.FollowUp);
                }
            }
        }

        // What a source does not decide: the chair's and moved items always, the follow-up reasons while another meeting is next.
        var kept = AgendaItemSources.Chair | AgendaItemSources.Moved
            | (isNext ? AgendaItemSources.None : AgendaItemSources.FollowUp | AgendaItemSources.LevelChange);
        int added = 0, dropped = 0;
        foreach (var item in items.Where(i => i.Status == AgendaItemStatus.Active))
        {
            var subject = AgendaSubject.Of(item);
            var sources = derived.Where(d => d.Subject == subject).Select(d => d.Sources).FirstOrDefault() | (item.Sources & kept);
            if (sources == AgendaItemSources.None)
            {
                db.Remove(item);
                dropped++;
                continue;
            }

            var kind = KindOf(item.YouthId, facts);
            if (sources != item.Sources || kind != item.Kind)
            {
                item.Sources = sources;
                item.Kind = kind;
                item.Version++;
            }
        }

        var present = items.Select(AgendaSubject.Of).ToHashSet();
        foreach (var (subject, sources) in derived.Where(d => !present.Contains(d.Subject)))
        {
            db.Add(new MeetingAgendaItem
            {
                MeetingId = meetingId,
                YouthId = subject.YouthId,
                ReportId = subject.ReportId,
                Sources = sources,
                Kind = KindOf(subject.YouthId, facts),
                Status = AgendaItemStatus.Active,
                AddedAtUtc = now,
            });
            added++;
        }

        if (db.ChangeTracker.HasChanges())
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            MeetingsLog.AgendaRefreshed(logger, meetingId, added, dropped);
        }

        db.ChangeTracker.Clear();
        return true;
    }

    private static AgendaItemKind KindOf(long? youthId, IReadOnlyDictionary<long, YouthAgendaFacts> facts) =>
        youthId is { } id && facts.TryGetValue(id, out var youth) ? AgendaRules.KindOf(youth) : AgendaItemKind.Nieuw;
}
