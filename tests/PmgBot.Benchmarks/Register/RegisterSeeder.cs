using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using PmgBot.Core.Data;
using PmgBot.Core.Features.Register.Matching;
using PmgBot.Core.Register;

namespace PmgBot.Benchmarks.Register;

/// <summary>
/// Fills the register after the directory import (which also migrated the database): youths with normalised names,
/// level history, involved organisations and casusregisseurs; JPP meetings; reports about those youths (and some
/// about groups and locations) from the reporters of their JPP; the reference counters set to match. Uses the bot's
/// own EF model through <see cref="DataServiceCollectionExtensions.AddPmgData"/> with the bot's settings, so it
/// writes exactly the database the bot will open. Deterministic (fixed random seed): every run stores the same data.
/// </summary>
public sealed class RegisterSeeder(RegisterDirectory directory, TimeProvider time)
{
        private const int Seed = 20261122;

    private static readonly string[] Descriptions =
    [
        "Leerling verzuimt structureel op maandag en vrijdag en wordt na schooltijd gezien bij een groep oudere jongeren.",
        "Zorgen over signalen van drugsgebruik en contact met onbekende volwassenen bij het station; ouders reageren niet op uitnodigingen.",
        "Jongere liet in de klas een mes zien en maakte dreigende opmerkingen naar een medeleerling. Mentor heeft gesprek gevoerd.",
        "Melding van buurtbewoners over overlast en intimidatie rond het winkelcentrum, jongere is meerdere keren herkend.",
        "Online afpersing van een klasgenoot via sociale media; beelden zijn gedeeld in een groepschat.",
    ];

    public IReadOnlyList<SeededYouth> Youths { get; private set; } = [];

    /// <summary>Builds a service provider with the bot's data registration for <paramref name="botEnvironment"/> (the bot's settings as environment variables).</summary>
    public static ServiceProvider DataServices(IReadOnlyDictionary<string, string> botEnvironment, string contentRoot)
    {
        ArgumentNullException.ThrowIfNull(botEnvironment);
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(botEnvironment.ToDictionary(kv => kv.Key.Replace("__", ":", StringComparison.Ordinal), kv => (string?)kv.Value))
            .Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddPmgData(configuration, new HostingEnvironment { ContentRootPath = contentRoot, EnvironmentName = Environments.Production });
        return services.BuildServiceProvider();
    }

    public async Task<SeedResult> SeedAsync(IDbContextFactory<PmgDbContext> contexts, int youthCount, int reportCount, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(contexts);
        var started = Stopwatch.GetTimestamp();
        var random = new Random(Seed);
        var now = time.GetUtcNow().UtcDateTime;
        var youths = BuildYouths(random, youthCount, now);

        await InsertAsync(contexts, youths.Select(y => y.Entity).ToList(), explicitKeys: true, cancellationToken).ConfigureAwait(false);
        var levelChanges = new List<YouthLevelChange>();
        var involvements = new List<YouthInvolvement>();
        foreach (var (entity, seeded) in youths)
        {
            var chair = directory.Of(ProfessionalKind.Chair, entity.JppId).First().AadObjectId;
            if (entity.Level != YouthLevel.Geen)
            {
                levelChanges.Add(new YouthLevelChange
                {
                    YouthId = entity.Id, FromLevel = YouthLevel.Geen, ToLevel = YouthLevel.Groen, ChangedById = chair,
                    ChangedAtUtc = entity.CreatedAtUtc, Reason = "Besproken in het JPP: signalen van meerdere partners.",
                });
                if (entity.Level != YouthLevel.Groen)
                {
                    levelChanges.Add(new YouthLevelChange
                    {
                        YouthId = entity.Id, FromLevel = YouthLevel.Groen, ToLevel = entity.Level, ChangedById = chair,
                        ChangedAtUtc = entity.LevelSinceUtc, Reason = "Zorgen nemen toe; opgeschaald na overleg.",
                    });
                }
            }

            involvements.AddRange(seeded.OrganisationIds.Select(o => new YouthInvolvement
            {
                YouthId = entity.Id, OrganisationId = o, AddedById = chair, AddedAtUtc = entity.CreatedAtUtc,
            }));
        }

        await InsertAsync(contexts, levelChanges, explicitKeys: false, cancellationToken).ConfigureAwait(false);
        await InsertAsync(contexts, involvements, explicitKeys: false, cancellationToken).ConfigureAwait(false);
        var meetings = BuildMeetings(now);
        await InsertAsync(contexts, meetings, explicitKeys: false, cancellationToken).ConfigureAwait(false);

        var (reports, counters) = BuildReports(random, youths, reportCount, now);
        await InsertAsync(contexts, reports, explicitKeys: false, cancellationToken).ConfigureAwait(false);
        counters[ReferenceCodes.YouthScope] = youths.Count;
        await InsertAsync(contexts, counters.Select(c => new RecordCounter { Scope = c.Key, Value = c.Value }).ToList(), explicitKeys: false, cancellationToken).ConfigureAwait(false);

        // PostgreSQL's own advice after a bulk load: vacuum and analyze now (left to autovacuum, its first pass over
        // the new database, a minute after it was created, would land in the first measured phase).
        await DatabaseMaintenance.VacuumAsync(contexts, cancellationToken).ConfigureAwait(false);

        Youths = youths.Select(y => y.Seeded).ToList();
        return new SeedResult(youths.Count, levelChanges.Count, involvements.Count, meetings.Count, reports.Count, Stopwatch.GetElapsedTime(started));
    }

    private List<(Youth Entity, SeededYouth Seeded)> BuildYouths(Random random, int count, DateTime now)
    {
        var result = new List<(Youth, SeededYouth)>(count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var today = DateOnly.FromDateTime(now);
        while (result.Count < count)
        {
            var first = YouthNames.FirstNames[random.Next(YouthNames.FirstNames.Count)];
            var tussenvoegsel = YouthNames.Tussenvoegsels[random.Next(YouthNames.Tussenvoegsels.Count)];
            var last = YouthNames.LastNames[random.Next(YouthNames.LastNames.Count)];
            var dateOfBirth = today.AddYears(-12).AddDays(-random.Next(0, 365 * 9));
            var normalized = DutchNameNormalizer.Normalize(new PersonName(first, tussenvoegsel, last));
            if (!seen.Add($"{normalized.First}|{normalized.Last}|{dateOfBirth:yyyyMMdd}"))
            {
                continue;
            }

            // Heerlen and Kerkrade are the larger municipalities: more youths there.
            var municipality = RegisterDirectory.Municipalities[Math.Min(random.Next(10), 9) switch { < 3 => 0, < 5 => 1, 5 => 2, 6 => 3, 7 => 4, 8 => 5, _ => 6 }].Id;
            var jpp = RegisterDirectory.JppOf(municipality);
            var level = random.Next(100) switch { < 30 => YouthLevel.Geen, < 65 => YouthLevel.Groen, < 85 => YouthLevel.Oranje, < 93 => YouthLevel.Rood, _ => YouthLevel.Afgesloten };
            var created = now.AddDays(-random.Next(30, 730));
            var casusregisseurs = directory.Of(ProfessionalKind.Casusregisseur, jpp).ToList();
            var casusregisseur = level == YouthLevel.Geen ? null : casusregisseurs[random.Next(casusregisseurs.Count)];
            var organisations = new List<string>();
            if (casusregisseur is not null)
            {
                organisations.Add(casusregisseur.OrganisationId);
            }

            foreach (var reporter in directory.Of(ProfessionalKind.Reporter, jpp))
            {
                if (random.Next(3) == 0 && !organisations.Contains(reporter.OrganisationId))
                {
                    organisations.Add(reporter.OrganisationId);
                }
            }

            var number = result.Count + 1;
            var entity = new Youth
            {
                Id = number,
                Code = ReferenceCodes.Youth(number),
                FirstName = first,
                Tussenvoegsel = tussenvoegsel,
                LastName = last,
                NormalizedFirstName = normalized.First,
                NormalizedLastName = normalized.Last,
                DateOfBirth = dateOfBirth,
                MunicipalityId = municipality,
                JppId = jpp,
                Level = level,
                LevelSinceUtc = level == YouthLevel.Geen ? created : created.AddDays(random.Next(1, 25)),
                CasusregisseurId = casusregisseur?.AadObjectId,
                ProcesregisseurId = level == YouthLevel.Oranje ? directory.Of(ProfessionalKind.Procesregisseur, jpp).First().AadObjectId : null,
                CreatedAtUtc = created,
                UpdatedAtUtc = created,
            };
            result.Add((entity, new SeededYouth(entity.Code, first, tussenvoegsel, last, dateOfBirth, municipality, jpp, entity.CasusregisseurId, organisations)));
        }

        return result;
    }

    private static List<JppMeeting> BuildMeetings(DateTime now)
    {
        var meetings = new List<JppMeeting>();
        var monday = now.Date.AddDays(-(((int)now.DayOfWeek + 6) % 7));
        for (var m = 0; m < RegisterDirectory.Municipalities.Count; m++)
        {
            for (var week = -12; week <= 12; week += 2)
            {
                meetings.Add(new JppMeeting
                {
                    JppId = RegisterDirectory.JppOf(RegisterDirectory.Municipalities[m].Id),
                    StartsAtUtc = monday.AddDays(week * 7 + m % 5).AddHours(13),
                });
            }
        }

        return meetings;
    }

    private (List<Report> Reports, Dictionary<string, long> Counters) BuildReports(Random random, List<(Youth Entity, SeededYouth Seeded)> youths, int count, DateTime now)
    {
        var reports = new List<Report>(count);
        var counters = new Dictionary<string, long>(StringComparer.Ordinal);
        var created = new DateTime[count];
        for (var i = 0; i < count; i++)
        {
            created[i] = now.AddMinutes(-random.Next(60, 60 * 24 * 700));
        }

        Array.Sort(created);
        var concernValues = Enum.GetValues<ConcernTypes>().Where(c => c != ConcernTypes.None).ToArray();
        for (var i = 0; i < count; i++)
        {
            var at = created[i];
            var year = at.Year;
            var scope = ReferenceCodes.ReportScope(year);
            var number = counters[scope] = counters.GetValueOrDefault(scope) + 1;
            var aboutYouth = random.Next(10) != 0;
            var (youth, _) = youths[random.Next(youths.Count)];
            var jpp = youth.JppId;
            var reporters = directory.Of(ProfessionalKind.Reporter, jpp).ToList();
            var reporter = reporters[random.Next(reporters.Count)];
            var ageDays = (now - at).TotalDays;
            var status = ageDays < 7 ? ReportStatus.Ontvangen
                : ageDays < 14 ? ReportStatus.InScreening
                : (ReportStatus)random.Next(2, 5);
            var concerns = concernValues[random.Next(concernValues.Length)] | concernValues[random.Next(concernValues.Length)];
            var report = new Report
            {
                Reference = ReferenceCodes.Report(year, number),
                IdempotencyKey = "seed-" + i.ToString(CultureInfo.InvariantCulture),
                ReporterId = reporter.AadObjectId,
                ReporterOrganisationId = reporter.OrganisationId,
                Subject = aboutYouth ? ReportSubject.Jongere : (random.Next(2) == 0 ? ReportSubject.Groep : ReportSubject.Locatie),
                MunicipalityId = youth.MunicipalityId,
                JppId = jpp,
                Kind = random.Next(3) == 0 ? ReportKind.Veiligheid : ReportKind.Zorg,
                Context = (ReportContext)random.Next(4),
                ConcernTypes = concerns,
                Description = Descriptions[random.Next(Descriptions.Length)],
                Urgency = random.Next(20) == 0 ? ReportUrgency.Spoed : ReportUrgency.Normaal,
                YouthAndParentsInformed = random.Next(4) != 0,
                Status = status,
                CreatedAtUtc = at,
            };
            if (!report.YouthAndParentsInformed)
            {
                report.NotInformedReason = "Veiligheid van de melder; eerst overleg in het JPP.";
            }

            if (aboutYouth)
            {
                report.YouthFirstName = youth.FirstName;
                report.YouthTussenvoegsel = youth.Tussenvoegsel;
                report.YouthLastName = youth.LastName;
                report.NormalizedFirstName = youth.NormalizedFirstName;
                report.NormalizedLastName = youth.NormalizedLastName;
                report.YouthDateOfBirth = youth.DateOfBirth;
                report.School = reporter.OrganisationId.Contains("college", StringComparison.Ordinal) || reporter.OrganisationId.Contains("lyceum", StringComparison.Ordinal)
                    ? reporter.OrganisationId
                    : null;
                report.YouthId = youth.Id;
                report.MatchState = MatchState.Sure;
            }
            else
            {
                report.GroupOrLocation = report.Subject == ReportSubject.Groep ? "Groep bij het winkelcentrum" : "Speeltuin achter de sporthal";
            }

            if (status >= ReportStatus.OpAgendaJpp)
            {
                report.ScreenedById = directory.Of(ProfessionalKind.Chair, jpp).First().AadObjectId;
                report.ScreenedAtUtc = at.AddDays(3);
                report.ReferralTarget = status == ReportStatus.Doorverwezen ? ReferralTarget.SociaalTeam : null;
                report.ScreeningNote = status == ReportStatus.GeenActie ? "Geen aanleiding voor verdere actie." : null;
            }

            reports.Add(report);
        }

        return (reports, counters);
    }

    private static async Task InsertAsync<T>(IDbContextFactory<PmgDbContext> contexts, IReadOnlyList<T> rows, bool explicitKeys, CancellationToken cancellationToken)
        where T : class
    {
        var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            await BulkInsert.InsertAsync(db, rows, explicitKeys, cancellationToken).ConfigureAwait(false);
        }
    }
}
