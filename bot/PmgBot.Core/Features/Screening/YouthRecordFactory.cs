using PmgBot.Core.Data;
using PmgBot.Core.Features.Register.Matching;
using PmgBot.Core.Register;

namespace PmgBot.Core.Features.Screening;

/// <summary>Creates the register record of a youth named in a report (no match, or kept apart by the chair).</summary>
public sealed class YouthRecordFactory(PmgDbContext db, IRecordCounters counters, TimeProvider time)
{
    /// <summary>
    /// Adds a new youth (code from the <see cref="ReferenceCodes.YouthScope"/> counter, level Geen, the report's JPP and
    /// municipality, the names as reported) to <c>db</c> and saves it. Call inside the caller's transaction.
    /// </summary>
    public async Task<Youth> CreateFromReportAsync(Report report, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (report.Subject != ReportSubject.Jongere || report.YouthDateOfBirth is not { } dateOfBirth
            || string.IsNullOrWhiteSpace(report.YouthFirstName) || string.IsNullOrWhiteSpace(report.YouthLastName))
        {
            throw new InvalidOperationException("Only a report about a named youth with a date of birth makes a youth record.");
        }

        var normalized = DutchNameNormalizer.Normalize(new PersonName(report.YouthFirstName, report.YouthTussenvoegsel, report.YouthLastName));
        var number = await counters.NextAsync(ReferenceCodes.YouthScope, cancellationToken).ConfigureAwait(false);
        var now = time.GetUtcNow().UtcDateTime;
        var youth = new Youth
        {
            Code = ReferenceCodes.Youth(number),
            FirstName = report.YouthFirstName,
            Tussenvoegsel = string.IsNullOrWhiteSpace(report.YouthTussenvoegsel) ? null : report.YouthTussenvoegsel,
            LastName = report.YouthLastName,
            NormalizedFirstName = normalized.First,
            NormalizedLastName = normalized.Last,
            DateOfBirth = dateOfBirth,
            MunicipalityId = report.MunicipalityId,
            JppId = report.JppId,
            Level = YouthLevel.Geen,
            LevelSinceUtc = now,
            CreatedAtUtc = now,
            UpdatedAtUtc = now,
        };
        db.Youths.Add(youth);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return youth;
    }
}
