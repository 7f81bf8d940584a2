using System.Globalization;
using PmgBot.Core.Register;
using PmgBot.Core.Time;

namespace PmgBot.Core.Features.Reports;

/// <summary>Turns forms, validation results and stored reports into the data of the report cards.</summary>
public static class ReportCards
{
    public const string CheckFieldsMessage = "Controleer de velden met een melding hieronder. Er is nog niets opgeslagen.";
    public const string OldCardMessage = "Dit formulier is verouderd. Vul het nieuwe formulier hieronder in; er is nog niets opgeslagen.";
    public const string IncompleteCardMessage = "Dit formulier is niet compleet aangekomen. Vul het nieuwe formulier hieronder in; er is nog niets opgeslagen.";
    public const string OtherReportersCardMessage = "Dit formulier is al door iemand anders gebruikt. Vul het nieuwe formulier hieronder in; er is nog niets opgeslagen.";
    public const string NoJppMessage = "Voor deze gemeente is nog geen JPP ingericht, dus er is nog niemand die je melding kan beoordelen. Er is niets opgeslagen. Neem contact op met de beheerder van PmgBot; bij acuut gevaar: bel 112.";
    public const string NextMeetingUnknown = "De datum van de volgende JPP is nog niet bekend.";

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
                + (report.YouthDateOfBirth is { } born ? " (geboren " + born.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture) + ")" : ""),
            ReportSubject.Groep => "Groep: " + report.GroupOrLocation,
            ReportSubject.Locatie => "Locatie: " + report.GroupOrLocation,
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
            steps.NextMeetingUtc is { } next ? AmsterdamTime.LongDate(next) : NextMeetingUnknown,
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
