using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PmgBot.Benchmarks.Register;
using PmgBot.Core.Conversations;
using PmgBot.Core.Data;
using PmgBot.Core.Directory;
using PmgBot.Core.Features.Meetings;
using PmgBot.Core.Features.Meetings.AgendaItems;
using PmgBot.Core.Features.Meetings.Series;
using PmgBot.Core.Protocol;
using PmgBot.Core.Register;
using PmgBot.Core.Time;

namespace PmgBot.Benchmarks.Digest;

/// <summary>
/// The register the digests are computed over: the register benchmark's directory (7 JPPs, 70 professionals) imported
/// with the bot's importer and its register seeded (<see cref="RegisterSeeder"/>: 5,000 youths, 50,000 reports, fixed
/// seed); then per JPP a meeting series (Tuesdays 13:30–16:30 every two weeks, the next one 7–13 days ahead, the chair,
/// procesregisseur and a police officer as its people) planned by the bot's own planner, and a history that gives each
/// next meeting a realistic agenda: every youth on groen, oranje or rood was discussed yesterday except
/// <see cref="DigestSettings.FollowUps"/> per JPP whose review period has passed (discussed twelve weeks ago or never),
/// and <see cref="DigestSettings.NewReports"/> screened reports per JPP are put on the next meeting. Each chair has a
/// personal chat with the bot (so the job can queue the digest).
/// </summary>
public sealed class DigestRegister(RegisterDirectory directory, SettableClock clock)
{
    private const string ServiceUrl = "https://smba.trafficmanager.net/emea/";
    private const string Tenant = "00000000-0000-0000-0000-0000000000001";

    public async Task<DigestSeed> SeedAsync(ServiceProvider services, DigestSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(settings);
        var scope = services.CreateAsyncScope();
        await using var scopeDisposal = scope.ConfigureAwait(false);
        var provider = scope.ServiceProvider;
        using var directoryFile = new MemoryStream(Encoding.UTF8.GetBytes(directory.ToJson()));
        var imported = await provider.GetRequiredService<DirectoryImporter>()
            .ImportAsync(directoryFile, ImportFormat.Json, cancellationToken).ConfigureAwait(false);
        if (!imported.Succeeded)
        {
            throw new InvalidOperationException("The benchmark directory was refused: " + imported.Describe());
        }

        var seeded = await new RegisterSeeder(directory, clock)
            .SeedAsync(provider.GetRequiredService<IDbContextFactory<PmgDbContext>>(), settings.Youths, settings.Reports, cancellationToken).ConfigureAwait(false);
        var db = provider.GetRequiredService<PmgDbContext>();
        var now = clock.GetUtcNow().UtcDateTime;

        // The seeder's meetings ahead make way for the series' own; its past ones stay as the JPPs' history.
        await db.JppMeetings.Where(m => m.StartsAtUtc > now).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        var today = DateOnly.FromDateTime(AmsterdamTime.ToLocal(now));
        var anchor = today.AddDays(7);
        while (anchor.DayOfWeek != DayOfWeek.Tuesday)
        {
            anchor = anchor.AddDays(1);
        }

        var jpps = RegisterDirectory.Municipalities.Select(m => RegisterDirectory.JppOf(m.Id)).ToList();
        foreach (var jpp in jpps)
        {
            var chair = directory.Of(ProfessionalKind.Chair, jpp).First().AadObjectId;
            var procesregisseur = directory.Of(ProfessionalKind.Procesregisseur, jpp).First().AadObjectId;
            var police = directory.Of(ProfessionalKind.Reporter, jpp).First(p => p.OrganisationId == "politie-parkstad").AadObjectId;
            db.Set<MeetingSeries>().Add(new MeetingSeries
            {
                JppId = jpp,
                Weekday = DayOfWeek.Tuesday,
                StartTime = new TimeOnly(13, 30),
                LengthMinutes = 180,
                AnchorDate = anchor,
                OrganizerMailbox = jpp + "@zvh-parkstad.example",
                Members =
                [
                    new MeetingSeriesMember { JppId = jpp, ProfessionalId = chair, Role = SeriesMemberRole.Voorzitter },
                    new MeetingSeriesMember { JppId = jpp, ProfessionalId = procesregisseur, Role = SeriesMemberRole.Procesregisseur },
                    new MeetingSeriesMember { JppId = jpp, ProfessionalId = police, Role = SeriesMemberRole.Kernlid },
                ],
                UpdatedAtUtc = now,
            });
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        db.ChangeTracker.Clear();
        await provider.GetRequiredService<MeetingSeriesPlanner>().PlanAllAsync(cancellationToken).ConfigureAwait(false);
        var next = await db.JppMeetings.AsNoTracking().Where(m => m.StartsAtUtc > now).ToListAsync(cancellationToken).ConfigureAwait(false);
        var nextByJpp = next.GroupBy(m => m.JppId).ToDictionary(g => g.Key, g => g.OrderBy(m => m.StartsAtUtc).First(), StringComparer.Ordinal);

        var items = await HistoryAsync(db, jpps, nextByJpp, settings.FollowUps, now, cancellationToken).ConfigureAwait(false);
        await NewReportsAsync(db, jpps, nextByJpp, settings.NewReports, now, cancellationToken).ConfigureAwait(false);

        var references = provider.GetRequiredService<IConversationReferenceStore>();
        foreach (var jpp in jpps)
        {
            var chair = directory.Of(ProfessionalKind.Chair, jpp).First().AadObjectId;
            await references.SaveAsync(new ConversationReference(
                ServiceUrl, "a:personal-" + chair, Tenant, "29:" + chair, chair, "28:bot", "msteams", ConversationTypes.Personal), cancellationToken).ConfigureAwait(false);
        }

        return new DigestSeed(seeded, [.. jpps.Select(j => nextByJpp[j])], items);
    }

    /// <summary>
    /// Discussions in the past: yesterday for every youth on groen, oranje or rood but the chosen ones; those were last
    /// discussed at the JPP's oldest seeded meeting (or never) and their review period has passed by the next meeting.
    /// Returns the number of history items stored.
    /// </summary>
    private async Task<int> HistoryAsync(
        PmgDbContext db, List<string> jpps, Dictionary<string, JppMeeting> next, int followUps, DateTime now, CancellationToken cancellationToken)
    {
        var options = new MeetingOptions();
        var youths = await db.Youths.AsNoTracking()
            .Where(y => y.Level >= YouthLevel.Groen && y.Level <= YouthLevel.Rood)
            .Select(y => new { y.Id, y.JppId, y.Level, y.LevelSinceUtc })
            .OrderBy(y => y.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        var rows = new List<MeetingAgendaItem>();
        foreach (var jpp in jpps)
        {
            var chair = directory.Of(ProfessionalKind.Chair, jpp).First().AadObjectId;
            var yesterday = new JppMeeting { JppId = jpp, StartsAtUtc = now.AddDays(-1), EndsAtUtc = now.AddDays(-1).AddHours(3) };
            db.JppMeetings.Add(yesterday);
            var oldest = await db.JppMeetings.Where(m => m.JppId == jpp && m.StartsAtUtc < now.AddDays(-2))
                .OrderBy(m => m.StartsAtUtc).FirstAsync(cancellationToken).ConfigureAwait(false);
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            var nextStart = next[jpp].StartsAtUtc;
            var chosen = youths.Where(y => y.JppId == jpp)
                .Where(y => Max(y.LevelSinceUtc, oldest.StartsAtUtc).AddDays(7 * Weeks(y.Level, options)) < nextStart)
                .Take(followUps).Select(y => y.Id).ToHashSet();
            foreach (var youth in youths.Where(y => y.JppId == jpp))
            {
                // Every other chosen one was discussed twelve weeks ago (vervolg, or op- of afschalen after a later level change), the rest never (nieuw).
                var meeting = !chosen.Contains(youth.Id) ? yesterday : youth.Id % 2 == 0 ? oldest : null;
                if (meeting is not null)
                {
                    rows.Add(new MeetingAgendaItem
                    {
                        MeetingId = meeting.Id,
                        YouthId = youth.Id,
                        Sources = AgendaItemSources.FollowUp,
                        Kind = AgendaItemKind.Vervolg,
                        Status = AgendaItemStatus.Active,
                        AddedAtUtc = meeting.StartsAtUtc.AddDays(-7),
                        AddedById = chair,
                    });
                }
            }
        }

        db.ChangeTracker.Clear();
        await BulkInsert.InsertAsync(db, rows, explicitKeys: false, cancellationToken).ConfigureAwait(false);
        return rows.Count;
    }

    /// <summary>Screened reports about youths of the JPP not otherwise on the agenda, and one group report, put on the next meeting.</summary>
    private async Task NewReportsAsync(
        PmgDbContext db, List<string> jpps, Dictionary<string, JppMeeting> next, int perJpp, DateTime now, CancellationToken cancellationToken)
    {
        foreach (var jpp in jpps)
        {
            var chair = directory.Of(ProfessionalKind.Chair, jpp).First().AadObjectId;
            var aboutYouths = await db.Reports.AsNoTracking()
                .Where(r => r.JppId == jpp && r.YouthId != null && db.Set<Youth>().Any(y => y.Id == r.YouthId && y.Level == YouthLevel.Geen))
                .OrderBy(r => r.Id).Select(r => r.Id).Take(perJpp - 1).ToListAsync(cancellationToken).ConfigureAwait(false);
            var group = await db.Reports.AsNoTracking().Where(r => r.JppId == jpp && r.YouthId == null)
                .OrderBy(r => r.Id).Select(r => r.Id).Take(1).ToListAsync(cancellationToken).ConfigureAwait(false);
            var ids = aboutYouths.Concat(group).ToList();
            var meetingId = next[jpp].Id;
            var screenedAt = now.AddHours(-1);
            await db.Reports.Where(r => ids.Contains(r.Id)).ExecuteUpdateAsync(s => s
                .SetProperty(r => r.Status, ReportStatus.OpAgendaJpp)
                .SetProperty(r => r.AgendaMeetingId, meetingId)
                .SetProperty(r => r.ScreenedById, chair)
                .SetProperty(r => r.ScreenedAtUtc, screenedAt), cancellationToken).ConfigureAwait(false);
        }
    }

    private static int Weeks(YouthLevel level, MeetingOptions options) => level switch
    {
        YouthLevel.Groen => options.ReviewWeeksGroen,
        YouthLevel.Oranje => options.ReviewWeeksOranje,
        _ => options.ReviewWeeksRood,
    };

    private static DateTime Max(DateTime a, DateTime b) => a > b ? a : b;
}
