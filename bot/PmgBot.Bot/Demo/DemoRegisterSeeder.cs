using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PmgBot.Core.Data;
using PmgBot.Core.Directory;
using PmgBot.Core.Features.Actions.Decisions;
using PmgBot.Core.Features.Actions.Letters;
using PmgBot.Core.Features.Meetings.AgendaItems;
using PmgBot.Core.Features.Meetings.Series;
using PmgBot.Core.Features.Register.Matching;
using PmgBot.Core.Register;
using PmgBot.Core.Time;

namespace PmgBot.Bot.Demo;

/// <summary>
/// Fills the youth register with the fictional <see cref="DemoRegister"/> when <see cref="DemoOptions.Seed"/> is on,
/// the register is still empty and the demo directory is in place: youths with level history, involvements, one
/// share between JPPs, a few reports, and JPP meetings every two weeks on Tuesday 14:00 (Europe/Amsterdam) from four
/// weeks ago to six months ahead for every JPP, each JPP with its meeting series (the chair, the JPP's police officer as
/// core member, a JPP mailbox), and on the next Heerlen meeting two youths the chair added (with the screened report and
/// the follow-up the agenda derives itself, a filled agenda for the chair's digest), and the last Heerlen meeting's
/// decisions: about Jan de Vries with action items due soon, overdue and done (<see cref="DemoRegister.LastMeetingItems"/>),
/// and the first one about Luuk Verdichtsel, whose casusregisseur is the Playground user; each first decision made the
/// youth's notificatiebrief task, as a recorded decision does (Jan's is sent, Luuk's is open for <c>brieven</c>).
/// All or nothing, in one transaction.
/// </summary>
public sealed class DemoRegisterSeeder(
    IOptions<DemoOptions> options,
    PmgDbContext db,
    IRecordCounters counters,
    TimeProvider time,
    ILogger<DemoRegisterSeeder> logger)
{

    /// <summary>The police officer of each JPP in the demo directory: a core member of its meeting series.</summary>
    private static readonly Dictionary<string, string> PoliceOfJpp = new(StringComparer.Ordinal)
    {
        ["jpp-heerlen"] = "d0000000-0000-4000-8000-000000000014",
        ["jpp-voerendaal"] = "d0000000-0000-4000-8000-000000000014",
        ["jpp-kerkrade"] = "d0000000-0000-4000-8000-000000000015",
        ["jpp-simpelveld"] = "d0000000-0000-4000-8000-000000000015",
        ["jpp-brunssum"] = "d0000000-0000-4000-8000-000000000016",
        ["jpp-landgraaf"] = "d0000000-0000-4000-8000-000000000016",
        ["jpp-beekdaelen"] = "d0000000-0000-4000-8000-000000000016",
    };

    /// <summary>Youths (by index in <see cref="DemoRegister.Youths"/>) the Heerlen chair put on the next meeting: Daan Fictief, and Finn Verzinsel (shared from Brunssum).</summary>
    private static readonly int[] AddedToNextHeerlenMeeting = [2, 6];

    private static readonly Dictionary<string, string> ChairOfJpp = new(StringComparer.Ordinal)
    {
        ["jpp-heerlen"] = "d0000000-0000-4000-8000-000000000001",
        ["jpp-voerendaal"] = "d0000000-0000-4000-8000-000000000001",
        ["jpp-kerkrade"] = "d0000000-0000-4000-8000-000000000002",
        ["jpp-simpelveld"] = "d0000000-0000-4000-8000-000000000002",
        ["jpp-brunssum"] = "d0000000-0000-4000-8000-000000000003",
        ["jpp-landgraaf"] = "d0000000-0000-4000-8000-000000000003",
        ["jpp-beekdaelen"] = "d0000000-0000-4000-8000-000000000003",
    };

    /// <summary>True when the demo register was stored now.</summary>
    public async Task<bool> SeedAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.Seed)
        {
            return false;
        }

        if (await db.Youths.AnyAsync(cancellationToken).ConfigureAwait(false))
        {
            DemoLog.RegisterAlreadySeeded(logger);
            return false;
        }

        var jpps = await db.Jpps.AsNoTracking().ToDictionaryAsync(j => j.Id, j => j.MunicipalityId, StringComparer.Ordinal, cancellationToken).ConfigureAwait(false);
        var organisations = await db.Organisations.AsNoTracking().Select(o => o.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        if (!ChairOfJpp.Keys.All(jpps.ContainsKey)
            || !DemoRegister.Youths.SelectMany(y => y.InvolvedOrganisations).Concat(DemoRegister.Reports.Select(r => r.ReporterOrganisationId)).All(organisations.Contains))
        {
            DemoLog.RegisterSkippedNoDemoDirectory(logger);
            return false;
        }

        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async () =>
        {
            var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                await StoreAsync(jpps, cancellationToken).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            }
        }).ConfigureAwait(false);
        DemoLog.RegisterSeeded(logger, DemoRegister.Youths.Count, DemoRegister.Reports.Count);
        return true;
    }

    /// <summary>Tuesdays 14:00 Amsterdam, every two weeks, from the first Tuesday on or after four weeks ago to six months ahead (UTC).</summary>
    internal static IReadOnlyList<DateTime> MeetingTimes(DateTimeOffset now)
    {
        var today = DateOnly.FromDateTime(AmsterdamTime.ToLocal(now.UtcDateTime));
        var first = today.AddDays(-28);
        while (first.DayOfWeek != DayOfWeek.Tuesday)
        {
            first = first.AddDays(1);
        }

        var last = today.AddMonths(6);
        var times = new List<DateTime>();
        for (var day = first; day <= last; day = day.AddDays(14))
        {
            times.Add(AmsterdamTime.ToUtc(day, new TimeOnly(14, 0)));
        }

        return times;
    }

    private async Task StoreAsync(Dictionary<string, string> jppMunicipalities, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var nowUtc = now.UtcDateTime;

        var meetings = ChairOfJpp.Keys
            .SelectMany(jpp => MeetingTimes(now).Select(startsAt => new JppMeeting { JppId = jpp, StartsAtUtc = startsAt, EndsAtUtc = startsAt.AddHours(3) }))
            .ToList();
        db.JppMeetings.AddRange(meetings);

        var youths = new List<Youth>();
        foreach (var demo in DemoRegister.Youths)
        {
            var number = await counters.NextAsync(ReferenceCodes.YouthScope, cancellationToken).ConfigureAwait(false);
            var normalized = DutchNameNormalizer.Normalize(new PersonName(demo.FirstName, demo.Tussenvoegsel, demo.LastName));
            var since = nowUtc.AddDays(-demo.LevelSinceDaysAgo);
            youths.Add(new Youth
            {
                Code = ReferenceCodes.Youth(number),
                FirstName = demo.FirstName,
                Tussenvoegsel = demo.Tussenvoegsel,
                LastName = demo.LastName,
                NormalizedFirstName = normalized.First,
                NormalizedLastName = normalized.Last,
                DateOfBirth = demo.DateOfBirth,
                MunicipalityId = jppMunicipalities[demo.JppId],
                JppId = demo.JppId,
                Level = demo.Level,
                LevelSinceUtc = since,
                CasusregisseurId = demo.CasusregisseurId,
                ProcesregisseurId = demo.ProcesregisseurId,
                CreatedAtUtc = since.AddDays(-30),
                UpdatedAtUtc = since,
            });
        }

        db.Youths.AddRange(youths);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);

        for (var i = 0; i < youths.Count; i++)
        {
            AddHistoryAndInvolvements(youths[i], DemoRegister.Youths[i]);
        }

        var share = DemoRegister.Share;
        db.YouthJppShares.Add(new YouthJppShare
        {
            YouthId = youths[share.YouthIndex].Id,
            JppId = share.JppId,
            DecidedById = share.DecidedById,
            DecidedAtUtc = nowUtc.AddDays(-14),
            Reason = "Demo: de jongere heeft een gebiedsverbod in Brunssum en is vaak in Heerlen.",
        });

        foreach (var demo in DemoRegister.Reports)
        {
            db.Reports.Add(await CreateReportAsync(demo, youths[demo.YouthIndex], meetings, nowUtc, cancellationToken).ConfigureAwait(false));
        }

        AddSeries(MeetingTimes(now)[0], nowUtc);
        var nextHeerlen = meetings.Where(m => m.JppId == "jpp-heerlen" && m.StartsAtUtc > nowUtc).OrderBy(m => m.StartsAtUtc).First();
        foreach (var index in AddedToNextHeerlenMeeting)
        {
            db.Set<MeetingAgendaItem>().Add(new MeetingAgendaItem
            {
                MeetingId = nextHeerlen.Id,
                YouthId = youths[index].Id,
                Sources = AgendaItemSources.Chair,
                Status = AgendaItemStatus.Active,
                AddedAtUtc = nowUtc.AddDays(-1),
                AddedById = ChairOfJpp["jpp-heerlen"],
            });
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await AddLastMeetingDecisionAsync(meetings, youths, nowUtc, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The last Heerlen meeting (the latest that has started) with Jan de Vries on its agenda and its decision about him:
    /// vervolg in JPP with the action items of <see cref="DemoRegister.LastMeetingItems"/>, due relative to today (Amsterdam),
    /// so the reminder job has something due and overdue, and one already ticked off for the chair's overview.
    /// </summary>
    private async Task AddLastMeetingDecisionAsync(List<JppMeeting> meetings, List<Youth> youths, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var last = meetings.Where(m => m.JppId == "jpp-heerlen" && m.StartsAtUtc <= nowUtc).OrderByDescending(m => m.StartsAtUtc).FirstOrDefault();
        if (last is null)
        {
            return;
        }

        var chair = ChairOfJpp["jpp-heerlen"];
        var youth = youths[DemoRegister.InvolvesPlaygroundUser];
        var today = DateOnly.FromDateTime(AmsterdamTime.ToLocal(nowUtc));
        var decidedAt = last.StartsAtUtc.AddHours(1) < nowUtc ? last.StartsAtUtc.AddHours(1) : nowUtc;
        db.Set<MeetingAgendaItem>().Add(new MeetingAgendaItem
        {
            MeetingId = last.Id,
            YouthId = youth.Id,
            Sources = AgendaItemSources.Chair,
            Status = AgendaItemStatus.Active,
            AddedAtUtc = last.StartsAtUtc.AddDays(-7),
            AddedById = chair,
        });
        var decision = new YouthDecision
        {
            MeetingId = last.Id,
            YouthId = youth.Id,
            Kind = DecisionKind.VervolgJpp,
            FromLevel = youth.Level,
            ToLevel = youth.Level,
            CasusregisseurId = youth.CasusregisseurId,
            Interventions = "gesprek,jongerenwerk,school",
            NextReviewDate = today.AddDays(28),
            DecidedById = chair,
            DecidedAtUtc = decidedAt,
        };
        foreach (var demo in DemoRegister.LastMeetingItems)
        {
            var item = new ActionItem
            {
                MeetingId = last.Id,
                YouthId = youth.Id,
                JppId = last.JppId,
                OwnerId = demo.OwnerId,
                What = demo.What,
                DueDate = today.AddDays(demo.DueInDays),
                State = ActionItemState.Open,
                CreatedById = chair,
                CreatedAtUtc = decidedAt,
            };
            if (demo.Done)
            {
                var doneAt = nowUtc.AddDays(-1) > decidedAt ? nowUtc.AddDays(-1) : nowUtc;
                (item.State, item.ChangedById, item.ChangedAtUtc, item.Version) = (ActionItemState.Afgerond, demo.OwnerId, doneAt, 1);
            }

            decision.Items.Add(item);
        }

        db.Add(decision);
        // Jan's notificatiebrief went to his parents the day after the meeting (or today, when the meeting was today).
        var sentAt = decidedAt.AddDays(1) < nowUtc ? decidedAt.AddDays(1) : nowUtc;
        db.Add(new LetterTask
        {
            YouthId = youth.Id,
            Kind = LetterKind.Notificatiebrief,
            Round = 1,
            JppId = last.JppId,
            MeetingId = last.Id,
            AssignedToId = youth.CasusregisseurId,
            State = LetterTaskState.Verstuurd,
            Addressee = LetterAddressee.Ouders,
            SentOn = DateOnly.FromDateTime(AmsterdamTime.ToLocal(sentAt)),
            RecordedById = youth.CasusregisseurId,
            RecordedAtUtc = sentAt,
            CreatedById = chair,
            CreatedAtUtc = decidedAt,
            Version = 1,
        });
        AddFirstDiscussion(last, youths[DemoRegister.CasusregisseurIsPlaygroundUser], chair, decidedAt, today);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        db.Set<ActionItemChange>().AddRange(decision.Items.Where(i => i.State == ActionItemState.Afgerond).Select(i => new ActionItemChange
        {
            ActionItemId = i.Id,
            State = i.State,
            FromDueDate = i.DueDate,
            DueDate = i.DueDate,
            ChangedById = i.ChangedById!,
            ChangedAtUtc = i.ChangedAtUtc!.Value,
        }));
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// <paramref name="youth"/> (on geen until then) discussed for the first time at <paramref name="meeting"/>: on its
    /// agenda, the decision vervolg in JPP (to groen, its casusregisseur confirmed), the level change of that moment and
    /// the notificatiebrief task for the casusregisseur, still open.
    /// </summary>
    private void AddFirstDiscussion(JppMeeting meeting, Youth youth, string chair, DateTime decidedAt, DateOnly today)
    {
        db.Set<MeetingAgendaItem>().Add(new MeetingAgendaItem
        {
            MeetingId = meeting.Id,
            YouthId = youth.Id,
            Sources = AgendaItemSources.Chair,
            Status = AgendaItemStatus.Active,
            AddedAtUtc = meeting.StartsAtUtc.AddDays(-7),
            AddedById = chair,
        });
        db.Add(new YouthDecision
        {
            MeetingId = meeting.Id,
            YouthId = youth.Id,
            Kind = DecisionKind.VervolgJpp,
            FromLevel = YouthLevel.Geen,
            ToLevel = YouthLevel.Groen,
            CasusregisseurId = youth.CasusregisseurId,
            Interventions = "school,jongerenwerk",
            NextReviewDate = today.AddDays(56),
            DecidedById = chair,
            DecidedAtUtc = decidedAt,
        });
        // The level history's geen → groen is the first discussion itself: at the decision, not days before.
        foreach (var change in db.ChangeTracker.Entries<YouthLevelChange>().Select(e => e.Entity).Where(c => c.YouthId == youth.Id))
        {
            change.ChangedAtUtc = decidedAt;
        }

        (youth.LevelSinceUtc, youth.UpdatedAtUtc, youth.NextReviewDate) = (decidedAt, decidedAt, today.AddDays(56));
        db.Add(new LetterTask
        {
            YouthId = youth.Id,
            Kind = LetterKind.Notificatiebrief,
            Round = 1,
            JppId = meeting.JppId,
            MeetingId = meeting.Id,
            AssignedToId = youth.CasusregisseurId,
            State = LetterTaskState.Open,
            CreatedById = chair,
            CreatedAtUtc = decidedAt,
        });
    }

    /// <summary>Every JPP's series: Tuesdays 14:00–17:00 every two weeks from the first demo meeting, so the planner takes the demo meetings over.</summary>
    private void AddSeries(DateTime firstMeetingUtc, DateTime nowUtc)
    {
        var anchor = DateOnly.FromDateTime(AmsterdamTime.ToLocal(firstMeetingUtc));
        foreach (var (jppId, chair) in ChairOfJpp)
        {
            db.Set<MeetingSeries>().Add(new MeetingSeries
            {
                JppId = jppId,
                Weekday = DayOfWeek.Tuesday,
                StartTime = new TimeOnly(14, 0),
                LengthMinutes = 180,
                IntervalWeeks = 2,
                AnchorDate = anchor,
                OrganizerMailbox = jppId + "@zvh-parkstad.example",
                Members =
                [
                    new MeetingSeriesMember { JppId = jppId, ProfessionalId = chair, Role = SeriesMemberRole.Voorzitter },
                    new MeetingSeriesMember { JppId = jppId, ProfessionalId = PoliceOfJpp[jppId], Role = SeriesMemberRole.Kernlid },
                ],
                UpdatedAtUtc = nowUtc,
            });
        }
    }

    private void AddHistoryAndInvolvements(Youth youth, DemoYouth demo)
    {
        var chair = ChairOfJpp[demo.JppId];
        foreach (var organisation in demo.InvolvedOrganisations)
        {
            db.YouthInvolvements.Add(new YouthInvolvement { YouthId = youth.Id, OrganisationId = organisation, AddedById = chair, AddedAtUtc = youth.CreatedAtUtc });
        }

        if (demo.Level == YouthLevel.Geen)
        {
            return;
        }

        var steps = demo.Level == YouthLevel.Groen
            ? new[] { (YouthLevel.Geen, YouthLevel.Groen) }
            : [(YouthLevel.Geen, YouthLevel.Groen), (YouthLevel.Groen, demo.Level)];
        for (var s = 0; s < steps.Length; s++)
        {
            db.YouthLevelChanges.Add(new YouthLevelChange
            {
                YouthId = youth.Id,
                FromLevel = steps[s].Item1,
                ToLevel = steps[s].Item2,
                ChangedById = chair,
                ChangedAtUtc = youth.LevelSinceUtc.AddDays(-21 * (steps.Length - 1 - s)),
                Reason = s == 0 ? "Demo: besproken in het JPP." : "Demo: besloten in het JPP.",
            });
        }
    }

    private async Task<Report> CreateReportAsync(DemoReport demo, Youth youth, List<JppMeeting> meetings, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var created = nowUtc.AddDays(-demo.DaysAgo);
        var year = AmsterdamTime.ToLocal(created).Year;
        var number = await counters.NextAsync(ReferenceCodes.ReportScope(year), cancellationToken).ConfigureAwait(false);
        var reference = ReferenceCodes.Report(year, number);
        var jppMeetings = meetings.Where(m => m.JppId == youth.JppId).OrderBy(m => m.StartsAtUtc).ToList();
        var agenda = demo.OnNextAgenda ? jppMeetings.First(m => m.StartsAtUtc > nowUtc) : jppMeetings[0];
        return new Report
        {
            Reference = reference,
            IdempotencyKey = "demo-" + reference,
            ReporterId = demo.ReporterId,
            ReporterOrganisationId = demo.ReporterOrganisationId,
            Subject = ReportSubject.Jongere,
            YouthFirstName = youth.FirstName,
            YouthTussenvoegsel = youth.Tussenvoegsel,
            YouthLastName = youth.LastName,
            NormalizedFirstName = youth.NormalizedFirstName,
            NormalizedLastName = youth.NormalizedLastName,
            YouthDateOfBirth = youth.DateOfBirth,
            MunicipalityId = youth.MunicipalityId,
            JppId = youth.JppId,
            Kind = demo.Kind,
            Context = demo.Context,
            ConcernTypes = demo.ConcernTypes,
            Description = demo.Description,
            Urgency = ReportUrgency.Normaal,
            YouthAndParentsInformed = true,
            Status = ReportStatus.OpAgendaJpp,
            YouthId = youth.Id,
            MatchState = MatchState.Sure,
            CreatedAtUtc = created,
            ScreenedById = ChairOfJpp[youth.JppId],
            ScreenedAtUtc = created.AddDays(1),
            AgendaMeetingId = agenda.Id,
        };
    }
}
