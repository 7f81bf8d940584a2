using System.Globalization;
using PmgBot.Core.Features.Meetings.Bookings;
using PmgBot.Core.Features.Meetings.Calendar;

namespace PmgBot.Core.Features.Meetings.Digest;

/// <summary>
/// The chair's Dutch report of a booking run: what was and was not booked, where it stopped and why, and that nothing
/// is lost ("Verder gaan" continues there). Organisation names only.
/// </summary>
public static class BookingReportTexts
{
    public static string Describe(BookingReport report, Func<string, string> organisationName)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(organisationName);
        var text = report.StoppedAt is { } stopped
            ? $"Niet alles is geboekt. Gelukt: {report.Done}. Nog niet: {report.Remaining}. "
                + $"Gestopt bij {(stopped.OrganisationId is { } organisation ? "het venster van " + organisationName(organisation) : "de Teams-vergadering")}: {Why(stopped.Outcome)}. "
                + "Er is niets verloren: kies 'Verder gaan' om verder te gaan waar het stopte."
            : report.Done == 0 ? "Alle uitnodigingen waren al verstuurd; er is niets veranderd."
            : report.CalendarsUpdated ? $"De uitnodigingen zijn verstuurd: {Appointments(report.Done)} gemaakt of bijgewerkt in Outlook."
            : $"Er is geen koppeling met Outlook ingesteld: de agenda's zijn niet bijgewerkt. {Appointments(report.Done)} als .ics-bestand klaargezet.";
        if (report.JoinLinkMissing)
        {
            text += " Let op: de Teams-link ontbreekt. Controleer of Teams is toegestaan in de agenda van de organisator-mailbox.";
        }

        if (report.JoinLinkChanged)
        {
            text += " Let op: de Teams-link is veranderd; de uitnodigingen van de organisaties hebben de nieuwe link.";
        }

        return text;
    }

    /// <summary>good when all was booked in Outlook, warning when it was only written as .ics or the link is off, attention when it stopped.</summary>
    public static string Style(BookingReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return !report.Complete ? "attention"
            : !report.CalendarsUpdated || report.JoinLinkMissing || report.JoinLinkChanged ? "warning"
            : "good";
    }

    private static string Why(CalendarOutcome outcome) => outcome switch
    {
        CalendarOutcome.Forbidden => "PmgBot mag niet in de agenda van de organisator-mailbox boeken (de IT-afdeling moet de app toegang geven tot deze mailbox)",
        CalendarOutcome.NotFound => "de mailbox of afspraak bestaat niet",
        CalendarOutcome.Throttled => "Outlook krijgt nu te veel verzoeken; probeer het over een paar minuten opnieuw",
        CalendarOutcome.Unavailable => "Outlook is nu niet bereikbaar; probeer het later opnieuw",
        _ => "Outlook weigerde het verzoek",
    };

    private static string Appointments(int count) => count == 1 ? "1 afspraak" : count.ToString(CultureInfo.InvariantCulture) + " afspraken";
}
