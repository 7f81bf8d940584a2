using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using PmgBot.Core.Access;
using PmgBot.Core.Audit;
using PmgBot.Core.Data;
using PmgBot.Core.Directory;
using PmgBot.Core.Features.Register.Matching;
using PmgBot.Core.Register;
using PmgBot.Core.Time;

namespace PmgBot.Core.Features.Reports;

/// <summary>
/// Default <see cref="IReportService"/> on the turn's <see cref="PmgDbContext"/>. The idempotency key is unique in
/// the database, so two submits of one card can never both store: the second finds the first (before its number is
/// drawn, or after a unique-key violation when both raced past the check) and returns it. The reporter's answer
/// waits for the report only: matching, notices and spoed alerts (<see cref="IReportSubmittedHandler"/>) run right after
/// in the follow-up job (<see cref="Report.FollowUpDueAtUtc"/>, set in the same insert, so they cannot be lost).
/// </summary>
internal sealed class ReportService(
    PmgDbContext db,
    IAccessService access,
    IRecordCounters counters,
    IProfessionalDirectory directory,
    IReportFollowUpSignal followUps,
    IAuditLog audit,
    TimeProvider time,
    ILogger<ReportService> logger) : IReportService
{
    private const string RecordType = "report";

    public async Task<ReportSubmitResult> SubmitAsync(ProfessionalProfile reporter, ReportSubmission submission, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reporter);
        ArgumentNullException.ThrowIfNull(submission);
        ArgumentException.ThrowIfNullOrWhiteSpace(submission.IdempotencyKey);

        if (!reporter.Active || !access.Allows(reporter.Roles, BotAction.SubmitReport))
        {
            return await RefuseAsync(reporter, ReportSubmitOutcome.NotAllowed, cancellationToken).ConfigureAwait(false);
        }

        // The JPP of the municipality comes from the directory cache; the idempotency check runs just before the number
        // is drawn (StoreAsync: inside the transaction on SQLite, before it on PostgreSQL).
        var municipalities = await directory.ListMunicipalitiesAsync(cancellationToken).ConfigureAwait(false);
        var municipality = municipalities.FirstOrDefault(m => string.Equals(m.Id, submission.MunicipalityId, StringComparison.Ordinal));
        if (municipality?.JppId is not { } jppId)
        {
            if (await FindByKeyAsync(submission.IdempotencyKey, cancellationToken).ConfigureAwait(false) is { } earlier)
            {
                return await RepeatAsync(earlier, reporter, cancellationToken).ConfigureAwait(false);
            }

            return await RefuseAsync(reporter, municipality is null ? ReportSubmitOutcome.UnknownMunicipality : ReportSubmitOutcome.NoJpp, cancellationToken)
                .ConfigureAwait(false);
        }

        var report = await StoreAsync(reporter, submission, jppId, cancellationToken).ConfigureAwait(false);
        if (report.Outcome != ReportSubmitOutcome.Stored)
        {
            return report;
        }

        var stored = report.Report!;
        ReportsLog.Stored(logger, stored.Reference);
        followUps.Notify();
        var alerted = await AlertedAsync(stored, cancellationToken).ConfigureAwait(false);
        return new ReportSubmitResult(ReportSubmitOutcome.Stored, stored, alerted);
    }

    public async Task<ReportNextSteps> GetNextStepsAsync(Report report, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        var jppId = report.JppId;
        var jppName = await directory.FindJppNameAsync(jppId, cancellationToken).ConfigureAwait(false) ?? jppId;
        var members = await directory.ListJppMembersAsync(jppId, cancellationToken).ConfigureAwait(false);
        var chairs = members.Where(m => (m.Roles & Roles.Voorzitter) != Roles.None).Select(m => m.DisplayName).ToList();
        var now = time.GetUtcNow().UtcDateTime;
        var next = await db.JppMeetings.AsNoTracking()
            .Where(m => m.JppId == jppId && m.StartsAtUtc > now)
            .OrderBy(m => m.StartsAtUtc)
            .Select(m => (DateTime?)m.StartsAtUtc)
            .FirstOrDefaultAsync(cancellationToken)
            .ConfigureAwait(false);
        return new ReportNextSteps(jppName, chairs, next);
    }

    public async Task<IReadOnlyList<OwnReport>> ListOwnAsync(ProfessionalProfile reporter, int max, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reporter);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(max);
        var reporterId = reporter.AadObjectId;
        var rows = await db.Reports.AsNoTracking()
            .Where(r => r.ReporterId == reporterId)
            .OrderByDescending(r => r.CreatedAtUtc)
            .ThenByDescending(r => r.Id)
            .Take(max)
            .Select(r => new OwnReport(r.Reference, r.CreatedAtUtc, r.Subject, r.Status))
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
        await audit.RecordAsync(reporterId, AuditActions.ReportViewOwn, RecordType, null, AuditOutcomes.Success,
            "count=" + rows.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), cancellationToken).ConfigureAwait(false);
        return rows;
    }

    private async Task<ReportSubmitResult> StoreAsync(ProfessionalProfile reporter, ReportSubmission submission, string jppId, CancellationToken cancellationToken)
    {
        // The answer to a repeat is made after the card's lock is let go: it may audit on a connection of its own.
        var (report, isNew) = await StoreOnceAsync(reporter, submission, jppId, cancellationToken).ConfigureAwait(false);
        return isNew
            ? new ReportSubmitResult(ReportSubmitOutcome.Stored, report, [])
            : await RepeatAsync(report, reporter, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The report of this card: stored now (<c>IsNew</c>), or the one an earlier submit of it stored.</summary>
    private async Task<(Report Report, bool IsNew)> StoreOnceAsync(ProfessionalProfile reporter, ReportSubmission submission, string jppId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var year = AmsterdamTime.ToLocal(now).Year;
        // PostgreSQL: inside the transaction the counter row would stay locked until its commit, so concurrent
        // submissions queued behind each other's commits (the saturated register benchmark); the number is drawn and
        // committed first, under a lock on this card so a second submit of it finds the first instead of drawing a
        // number. SQLite: its one write lock serialises writers anyway, and the number is drawn inside the transaction.
        var sameCard = await SameCardLock.TakeAsync(db, submission.IdempotencyKey, cancellationToken).ConfigureAwait(false);
        await using var sameCardScope = sameCard.ConfigureAwait(false);
        long? drawn = null;
        if (sameCard.Held)
        {
            if (await FindByKeyAsync(submission.IdempotencyKey, cancellationToken).ConfigureAwait(false) is { } stored)
            {
                return (stored, false);
            }

            drawn = await counters.NextCommittedAsync(ReferenceCodes.ReportScope(year), cancellationToken).ConfigureAwait(false);
        }

        Report report;
        try
        {
            var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                // SQLite: the transaction holds the write lock, so a concurrent submit of the same card that committed
                // first is seen here.
                if (drawn is null && await FindByKeyAsync(submission.IdempotencyKey, cancellationToken).ConfigureAwait(false) is { } earlier)
                {
                    await transaction.RollbackAsync(cancellationToken).ConfigureAwait(false);
                    return (earlier, false);
                }

                var number = drawn ?? await counters.NextAsync(ReferenceCodes.ReportScope(year), cancellationToken).ConfigureAwait(false);
                report = NewReport(ReferenceCodes.Report(year, number), reporter, submission, jppId, now);
                db.Reports.Add(report);
                // In the same transaction: a stored report is always audited, and one commit less.
                audit.Add(db, reporter.AadObjectId, AuditActions.ReportSubmit, RecordType, report.Reference, AuditOutcomes.Success,
                    $"subject={report.Subject}; urgency={report.Urgency}; jpp={report.JppId}");
                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        catch (DbUpdateException)
        {
            // The unique key is the last guard: whichever submit of one card came second finds the first here.
            db.ChangeTracker.Clear();
            if (await FindByKeyAsync(submission.IdempotencyKey, cancellationToken).ConfigureAwait(false) is { } winner)
            {
                return (winner, false);
            }

            throw;
        }

        db.Entry(report).State = EntityState.Detached;
        return (report, true);
    }

    private static Report NewReport(string reference, ProfessionalProfile reporter, ReportSubmission s, string jppId, DateTime now)
    {
        var normalized = s.Subject == ReportSubject.Jongere
            ? DutchNameNormalizer.Normalize(new PersonName(s.FirstName ?? "", s.Tussenvoegsel, s.LastName ?? ""))
            : null;
        return new Report
        {
            Reference = reference,
            IdempotencyKey = s.IdempotencyKey,
            ReporterId = reporter.AadObjectId,
            ReporterOrganisationId = reporter.OrganisationId,
            Subject = s.Subject,
            YouthFirstName = s.FirstName,
            YouthTussenvoegsel = s.Tussenvoegsel,
            YouthLastName = s.LastName,
            NormalizedFirstName = normalized?.First,
            NormalizedLastName = normalized?.Last,
            YouthDateOfBirth = s.DateOfBirth,
            School = s.School,
            GroupOrLocation = s.GroupOrLocation,
            MunicipalityId = s.MunicipalityId,
            JppId = jppId,
            Kind = s.Kind,
            Context = s.Context,
            ConcernTypes = s.ConcernTypes,
            Description = s.Description,
            Urgency = s.Urgency,
            YouthAndParentsInformed = s.YouthAndParentsInformed,
            NotInformedReason = s.YouthAndParentsInformed ? null : s.NotInformedReason,
            Status = ReportStatus.Ontvangen,
            MatchState = MatchState.None,
            CreatedAtUtc = now,
            FollowUpDueAtUtc = now,
        };
    }

    private Task<Report?> FindByKeyAsync(string key, CancellationToken cancellationToken) =>
        db.Reports.AsNoTracking().FirstOrDefaultAsync(r => r.IdempotencyKey == key, cancellationToken);

    /// <summary>The same card again: the same answer as the first time, nothing stored, no handler runs again.</summary>
    private async Task<ReportSubmitResult> RepeatAsync(Report earlier, ProfessionalProfile reporter, CancellationToken cancellationToken)
    {
        if (!string.Equals(earlier.ReporterId, reporter.AadObjectId, StringComparison.Ordinal))
        {
            return await RefuseAsync(reporter, ReportSubmitOutcome.CardOfSomeoneElse, cancellationToken).ConfigureAwait(false);
        }

        ReportsLog.Repeated(logger, earlier.Reference);
        var alerted = await AlertedAsync(earlier, cancellationToken).ConfigureAwait(false);
        return new ReportSubmitResult(ReportSubmitOutcome.AlreadyStored, earlier, alerted);
    }

    /// <summary>
    /// Spoed: who the follow-up job alerts at once (<see cref="JppChairs"/> of the report's JPP), "Naam (organisatie)",
    /// sorted; empty for a normal report.
    /// </summary>
    private async Task<IReadOnlyList<string>> AlertedAsync(Report report, CancellationToken cancellationToken)
    {
        if (report.Urgency != ReportUrgency.Spoed)
        {
            return [];
        }

        var members = await directory.ListJppMembersAsync(report.JppId, cancellationToken).ConfigureAwait(false);
        return [.. JppChairs.Of(members, report.ReporterId).Select(AlertedNames.Of).Order(StringComparer.Ordinal)];
    }

    private async Task<ReportSubmitResult> RefuseAsync(ProfessionalProfile reporter, ReportSubmitOutcome outcome, CancellationToken cancellationToken)
    {
        ReportsLog.Refused(logger, outcome);
        await audit.RecordAsync(reporter.AadObjectId, AuditActions.ReportSubmit, RecordType, null, AuditOutcomes.Rejected,
            "reason=" + outcome, cancellationToken).ConfigureAwait(false);
        return ReportSubmitResult.Refused(outcome);
    }
}
