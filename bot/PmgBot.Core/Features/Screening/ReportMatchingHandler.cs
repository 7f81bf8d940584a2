using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using PmgBot.Core.Data;
using PmgBot.Core.Features.Register.Matching;
using PmgBot.Core.Register;

namespace PmgBot.Core.Features.Screening;

/// <summary>
/// Step 0 after a report is stored: matches a report about a youth to the register (the whole region, every JPP).
/// Candidates are the youths with the same date of birth (index) and the youths with the same normalised first name and
/// surname (index; <see cref="YouthMatcher"/> allows a swapped day/month or a one-digit year typo for them).
/// Exactly one sure match links the report (<see cref="MatchState.Sure"/>, status in screening); any possible match,
/// or several sure ones, flags the best candidate for the chair (<see cref="MatchState.Possible"/>, no link); no
/// candidate makes a new youth record, linked (<see cref="MatchState.New"/>, status stays ontvangen). Group and location reports are left
/// alone: they go to screening without a youth record.
/// </summary>
/// <remarks>
/// Search and insert run in one transaction (the caller's, or its own) behind <see cref="RegisterLocks"/>, so two
/// reports of the same new youth submitted at once give one record: the second sees the first's record as a sure match.
/// A report that is matched already is left as it is (a second run of the follow-up job).
/// </remarks>
public sealed class ReportMatchingHandler(PmgDbContext db, YouthRecordFactory youths, ILogger<ReportMatchingHandler> logger) : IReportSubmittedHandler
{
    public int Order => 0;

    public async Task HandleAsync(ReportSubmittedContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var report = context.Report;
        if (report.Subject != ReportSubject.Jongere || report.YouthDateOfBirth is not { } dateOfBirth
            || string.IsNullOrWhiteSpace(report.YouthFirstName) || string.IsNullOrWhiteSpace(report.YouthLastName))
        {
            return;
        }

        var reported = DutchNameNormalizer.Normalize(new PersonName(report.YouthFirstName, report.YouthTussenvoegsel, report.YouthLastName));
        var ownTransaction = db.Database.CurrentTransaction is null
            ? await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false)
            : null;
        try
        {
            await RegisterLocks.LockCandidatesAsync(db, dateOfBirth, reported.First, reported.Last, cancellationToken).ConfigureAwait(false);
            var stored = await db.Reports.SingleAsync(r => r.Id == report.Id, cancellationToken).ConfigureAwait(false);
            if (stored.MatchState != MatchState.None)
            {
                // Matched by an earlier run (the follow-up job runs a report again after a crash or a failed later step).
                Mirror(stored, report);
                var youthId = stored.YouthId;
                context.YouthCode = youthId is null ? null
                    : await db.Youths.AsNoTracking().Where(y => y.Id == youthId).Select(y => y.Code).SingleAsync(cancellationToken).ConfigureAwait(false);
                return;
            }

            var outcome = await MatchAsync(stored, reported, dateOfBirth, cancellationToken).ConfigureAwait(false);
            stored.NormalizedFirstName = reported.First;
            stored.NormalizedLastName = reported.Last;
            stored.MatchState = outcome.State;
            stored.YouthId = outcome.YouthId;
            stored.PossibleYouthId = outcome.PossibleYouthId;
            if (outcome.State == MatchState.Sure && stored.Status == ReportStatus.Ontvangen)
            {
                stored.Status = ReportStatus.InScreening;
            }

            stored.Version++;
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            if (ownTransaction is not null)
            {
                await ownTransaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            }

            Mirror(stored, report);
            context.YouthCode = outcome.YouthCode;
            ScreeningLog.ReportMatched(logger, report.Reference, outcome.State);
        }
        finally
        {
            if (ownTransaction is not null)
            {
                await ownTransaction.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    private async Task<MatchOutcome> MatchAsync(Report report, NormalizedName reported, DateOnly dateOfBirth, CancellationToken cancellationToken)
    {
        var first = reported.First;
        var last = reported.Last;
        var candidates = await db.Youths.AsNoTracking()
            .Where(y => y.DateOfBirth == dateOfBirth || (y.NormalizedLastName == last && y.NormalizedFirstName == first))
            .Select(y => new { y.Id, y.Code, y.NormalizedFirstName, y.NormalizedLastName, y.DateOfBirth })
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);

        var matches = candidates
            .Select(c => (Candidate: c, Kind: YouthMatcher.Compare(reported, dateOfBirth, new NormalizedName(c.NormalizedFirstName, c.NormalizedLastName, ""), c.DateOfBirth)))
            .Where(m => m.Kind != MatchKind.None)
            .OrderByDescending(m => m.Kind)
            .ThenByDescending(m => m.Candidate.DateOfBirth == dateOfBirth)
            .ThenBy(m => m.Candidate.Id)
            .ToList();

        if (matches.Count(m => m.Kind == MatchKind.Sure) == 1 && matches[0].Kind == MatchKind.Sure)
        {
            var sure = matches[0].Candidate;
            return new MatchOutcome(MatchState.Sure, sure.Id, sure.Code, null);
        }

        if (matches.Count > 0)
        {
            return new MatchOutcome(MatchState.Possible, null, null, matches[0].Candidate.Id);
        }

        var youth = await youths.CreateFromReportAsync(report, cancellationToken).ConfigureAwait(false);
        return new MatchOutcome(MatchState.New, youth.Id, youth.Code, null);
    }

    private static void Mirror(Report stored, Report target)
    {
        if (ReferenceEquals(stored, target))
        {
            return;
        }

        target.NormalizedFirstName = stored.NormalizedFirstName;
        target.NormalizedLastName = stored.NormalizedLastName;
        target.MatchState = stored.MatchState;
        target.YouthId = stored.YouthId;
        target.PossibleYouthId = stored.PossibleYouthId;
        target.Status = stored.Status;
        target.Version = stored.Version;
    }
}
