using Microsoft.EntityFrameworkCore;
using PmgBot.Core.Data;
using PmgBot.Core.Features.Meetings.Series;
using PmgBot.Core.Register;

namespace PmgBot.Core.Features.Meetings.AgendaItems;

/// <summary>
/// Moves what is on one meeting's agenda to another meeting (in the caller's unit of work): the reports the screening put
/// on it and its items. An item whose youth or report the target already has is dropped (the target's item, with the
/// chair's decisions on it, stands); the others arrive marked <see cref="AgendaItemSources.Moved"/>. The planner calls it
/// before it removes a meeting (<see cref="IMeetingHandover"/>).
/// </summary>
internal sealed class AgendaTransfer : IMeetingHandover
{
    public async Task MoveAllAsync(PmgDbContext db, long fromMeetingId, long toMeetingId, CancellationToken cancellationToken)
    {
        var reports = await db.Reports.Where(r => r.AgendaMeetingId == fromMeetingId).ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var report in reports)
        {
            report.AgendaMeetingId = toMeetingId;
            report.Version++;
        }

        var items = await db.Set<MeetingAgendaItem>().Where(i => i.MeetingId == fromMeetingId).ToListAsync(cancellationToken).ConfigureAwait(false);
        var taken = await db.Set<MeetingAgendaItem>().AsNoTracking().Where(i => i.MeetingId == toMeetingId)
            .Select(i => new { i.YouthId, i.ReportId }).ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var item in items)
        {
            if (taken.Any(t => (item.YouthId is not null && t.YouthId == item.YouthId) || (item.ReportId is not null && t.ReportId == item.ReportId)))
            {
                db.Remove(item);
                continue;
            }

            item.MeetingId = toMeetingId;
            if (item.Status == AgendaItemStatus.Active)
            {
                item.Sources |= AgendaItemSources.Moved;
            }

            item.Version++;
        }

        var pointing = await db.Set<MeetingAgendaItem>().Where(i => i.MovedToMeetingId == fromMeetingId).ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var item in pointing)
        {
            item.MovedToMeetingId = toMeetingId;
            item.Version++;
        }
    }
}
