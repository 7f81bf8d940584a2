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

    /// <summary>The user's own input, to show again in the card (an impossible date cannot be shown in a date input).</summary>
    public static ReportCardValues ValuesOf(ReportForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var date = DateOnly.TryParseExact(form.DateOfBirth?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)
            ? parsed.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : "";
        return new ReportCardValues(
            Subject: form.Subject ?? "",
            FirstName: form.FirstName ?? "",
            Tussenvoegsel: form.Tussenvoegsel ?? "",
            LastName: form.LastName ?? "",
            DateOfBirth: date,
            AgeConfirmed: string.Equals(form.AgeConfirmed?.Trim(), "true", StringComparison.OrdinalIgnoreCase) ? "true" : "false",
            Municipality: form.Municipality ?? "",
            School: form.School ?? "",
            GroupOrLocation: form.GroupOrLocation ?? "",
            Kind: form.Kind ?? "",
            Context: form.Context ?? "",
            Concerns: form.Concerns ?? "",
            Description: form.Description ?? "",
            Urgency: form.Urgency ?? "",
            Informed: form.Informed ?? "",
            NotInformedReason: form.NotInformedReason ?? "");
    }

    public static ReportCardErrors ErrorsOf(IReadOnlyDictionary<string, string> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        string? Get(string field) => errors.TryGetValue(field, out var message) ? message : null;
        return new ReportCardErrors(
            Subject: Get(ReportFields.Subject),
            FirstName: Get(ReportFields.FirstName),
            Tussenvoegsel: Get(ReportFields.Tussenvoegsel),
            LastName: Get(ReportFields.LastName),
            DateOfBirth: Get(ReportFields.DateOfBirth),
            AgeConfirmed: Get(ReportFields.AgeConfirmed),
            Municipality: Get(ReportFields.Municipality),
            School: Get(ReportFields.School),
            GroupOrLocation: Get(ReportFields.GroupOrLocation),
            Kind: Get(ReportFields.Kind),
            Context: Get(ReportFields.Context),
            Concerns: Get(ReportFields.Concerns),
            Description: Get(ReportFields.Description),
            Urgency: Get(ReportFields.Urgency),
            Informed: Get(ReportFields.Informed),
            NotInformedReason: Get(ReportFields.NotInformedReason));
    }

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
