using System.Globalization;
using PmgBot.Core.Register;
using PmgBot.Core.Time;

namespace PmgBot.Core.Features.Reports;

/// <summary>Turns forms, validation results and stored reports into the data of the report cards.</summary>
public static class ReportCards
{
    public static string CheckFieldsMessage => ReportTexts.CheckFields;

    public static string OldCardMessage => ReportTexts.OldCard;

    public static string IncompleteCardMessage => ReportTexts.IncompleteCard;

    public static string OtherReportersCardMessage => ReportTexts.OtherReportersCard;

    public static string NoJppMessage => ReportTexts.NoJpp;

    public static string NextMeetingUnknown => ReportTexts.NextMeetingUnknown;

    /// <summary>A new card id: the idempotency key of one card instance.</summary>
    public static string NewCardId() => Guid.NewGuid().ToString("D", CultureInfo.InvariantCulture);

    /// <summary>What the report is about, for the reporter's own confirmation card (may hold the youth's name).</summary>
    public static string About(Report report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return report.Subject switch
        {
            ReportSubject.Jongere => string.Join(" ", new[] { report.YouthFirstName, report.YouthTussenvoegsel, report.YouthLastName }
                .Where(p => !string.IsNullOrWhiteSpace(p)))
                + (report.YouthDateOfBirth is { } born ? ReportTexts.AboutBorn(born.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture)) : ""),
            ReportSubject.Groep => ReportTexts.AboutGroup(report.GroupOrLocation),
            ReportSubject.Locatie => ReportTexts.AboutLocation(report.GroupOrLocation),
            _ => "",
        };
    }

    public static ReportConfirmationCardData Confirmation(Report report, ReportNextSteps steps, IReadOnlyList<string> alerted)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(steps);
        return new ReportConfirmationCardData(
            report.Reference,
            About(report),
            steps.JppName,
            steps.ChairNames,
            steps.NextMeetingUtc is { } next ? ShownDates.LongDate(next) : NextMeetingUnknown,
            report.Urgency == ReportUrgency.Spoed,
            alerted);
    }

    public static MyReportRowData Row(OwnReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new MyReportRowData(
            report.Reference,
            AmsterdamTime.ShortDate(report.CreatedAtUtc),
            ReportFormValues.SubjectLabel(report.Subject),
            ReportFormValues.StatusLabel(report.Status));
    }
}
