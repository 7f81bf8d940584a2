using Microsoft.EntityFrameworkCore;
using PmgBot.Core.Data;
using PmgBot.Core.Register;

namespace PmgBot.Core.Features.Meetings.AgendaItems;

/// <summary>
/// Reads <see cref="YouthAgendaFacts"/> in one statement: the youths of <paramref name="youthIds"/> and, when asked, every
/// youth of the JPP on groen, oranje or rood. Scalar subqueries only (SQLite has no lateral join).
/// </summary>
internal static class AgendaFactsQuery
{
    public static async Task<IReadOnlyDictionary<long, YouthAgendaFacts>> ReadAsync(
        PmgDbContext db, string jppId, bool wholeJpp, IReadOnlyCollection<long> youthIds, DateTime beforeUtc, CancellationToken cancellationToken)
    {
        var ids = youthIds.ToList();
        var items = db.Set<MeetingAgendaItem>();
        var rows = await db.Youths.AsNoTracking()
            .Where(y => (wholeJpp && y.JppId == jppId && y.Level >= YouthLevel.Groen && y.Level <= YouthLevel.Rood) || ids.Contains(y.Id))
            .Select(y => new YouthAgendaFacts(
                y.Id,
                y.Code,
                y.JppId,
                y.Level,
                y.LevelSinceUtc,
                items.Where(i => i.YouthId == y.Id && i.Status == AgendaItemStatus.Active)
                    .Join(db.Set<JppMeeting>().Where(m => m.StartsAtUtc < beforeUtc), i => i.MeetingId, m => m.Id, (i, m) => m.StartsAtUtc)
                    .OrderByDescending(startsAt => startsAt)
                    .Select(startsAt => (DateTime?)startsAt)
                    .FirstOrDefault(),
                db.Set<YouthLevelChange>().Where(c => c.YouthId == y.Id).OrderByDescending(c => c.ChangedAtUtc).ThenByDescending(c => c.Id)
                    .Select(c => (YouthLevel?)c.FromLevel).FirstOrDefault(),
                db.Set<YouthLevelChange>().Where(c => c.YouthId == y.Id).OrderByDescending(c => c.ChangedAtUtc).ThenByDescending(c => c.Id)
                    .Select(c => (YouthLevel?)c.ToLevel).FirstOrDefault(),
                db.Set<YouthLevelChange>().Where(c => c.YouthId == y.Id).OrderByDescending(c => c.ChangedAtUtc).ThenByDescending(c => c.Id)
                    .Select(c => (DateTime?)c.ChangedAtUtc).FirstOrDefault(),
                y.NextReviewDate))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return rows.ToDictionary(r => r.YouthId);
    }
}
