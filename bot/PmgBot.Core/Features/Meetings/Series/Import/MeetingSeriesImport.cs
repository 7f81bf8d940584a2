using Microsoft.EntityFrameworkCore;
using PmgBot.Core.Data;

namespace PmgBot.Core.Features.Meetings.Series.Import;

/// <summary>
/// Stores the checked series of an import in the importer's unit of work: a series in the file replaces the stored one
/// of its JPP as a whole (fields, members, cancelled dates, closing days); series not in the file stay as they are.
/// The meetings follow at the next planning (<see cref="MeetingSeriesPlanner"/>).
/// </summary>
internal static class MeetingSeriesImport
{
    public static async Task<int> ApplyAsync(PmgDbContext db, IReadOnlyList<MeetingSeries> incoming, CancellationToken cancellationToken)
    {
        if (incoming.Count == 0)
        {
            return 0;
        }

        var ids = incoming.Select(s => s.JppId).ToList();
        var stored = await db.Set<MeetingSeries>().Include(s => s.Members).Include(s => s.Dates).AsSplitQuery()
            .Where(s => ids.Contains(s.JppId))
            .ToDictionaryAsync(s => s.JppId, StringComparer.Ordinal, cancellationToken).ConfigureAwait(false);
        foreach (var series in incoming)
        {
            if (!stored.TryGetValue(series.JppId, out var existing))
            {
                db.Set<MeetingSeries>().Add(series);
                continue;
            }

            existing.Weekday = series.Weekday;
            existing.StartTime = series.StartTime;
            existing.LengthMinutes = series.LengthMinutes;
            existing.IntervalWeeks = series.IntervalWeeks;
            existing.AnchorDate = series.AnchorDate;
            existing.OrganizerMailbox = series.OrganizerMailbox;
            existing.ReviewWeeksGroen = series.ReviewWeeksGroen;
            existing.ReviewWeeksOranje = series.ReviewWeeksOranje;
            existing.ReviewWeeksRood = series.ReviewWeeksRood;
            existing.DigestWorkingDays = series.DigestWorkingDays;
            existing.UpdatedAtUtc = series.UpdatedAtUtc;

            // Rows keep their keys: removed when gone, added when new (EF cannot delete and re-add one key in one save).
            existing.Members.RemoveAll(m => !series.Members.Any(n => n.ProfessionalId == m.ProfessionalId && n.Role == m.Role));
            existing.Members.AddRange(series.Members.Where(n => !existing.Members.Any(m => m.ProfessionalId == n.ProfessionalId && m.Role == n.Role)));
            existing.Dates.RemoveAll(d => !series.Dates.Any(n => n.Date == d.Date && n.Kind == d.Kind));
            existing.Dates.AddRange(series.Dates.Where(n => !existing.Dates.Any(d => d.Date == n.Date && d.Kind == n.Kind)));
        }

        return incoming.Count;
    }
}
