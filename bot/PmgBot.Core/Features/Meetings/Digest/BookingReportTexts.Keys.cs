using PmgBot.Cards.Localization;

namespace PmgBot.Core.Features.Meetings.Digest;

/// <summary>
/// The texts of the chair's report of a booking run (organisation names only); the logic is in BookingReportTexts.cs.
/// <c>BookingReportTexts.resx</c> (Dutch) and <c>BookingReportTexts.en.resx</c> (English), one key per text, read in the turn's language.
/// </summary>
public static partial class BookingReportTexts
{
    public static readonly TextResources Resources = new(typeof(BookingReportTexts));

    /// <summary>Niet alles is geboekt. Gelukt: {0}. Nog niet: {1}. Gestopt bij {2}: {3}. Er is niets verloren: kies…</summary>
    public static string StoppedText(object? value0, object? value1, object? value2, object? value3) => Resources.Format(nameof(StoppedText), value0, value1, value2, value3);

    /// <summary>het venster van {0}</summary>
    public static string StoppedAtWindow(object? value0) => Resources.Format(nameof(StoppedAtWindow), value0);

    /// <summary>de Teams-vergadering</summary>
    public static string StoppedAtMeeting => Resources[nameof(StoppedAtMeeting)];

    /// <summary>Alle uitnodigingen waren al verstuurd; er is niets veranderd.</summary>
    public static string NothingChanged => Resources[nameof(NothingChanged)];

    /// <summary>De uitnodigingen zijn verstuurd: {0} gemaakt of bijgewerkt in Outlook.</summary>
    public static string Sent(object? value0) => Resources.Format(nameof(Sent), value0);

    /// <summary>Er is geen koppeling met Outlook ingesteld: de agenda's zijn niet bijgewerkt. {0} als .ics-bestand k…</summary>
    public static string IcsOnly(object? value0) => Resources.Format(nameof(IcsOnly), value0);

    /// <summary>Let op: de Teams-link ontbreekt. Controleer of Teams is toegestaan in de agenda van de organisator-m…</summary>
    public static string JoinLinkMissing => Resources[nameof(JoinLinkMissing)];

    /// <summary>Let op: de Teams-link is veranderd; de uitnodigingen van de organisaties hebben de nieuwe link.</summary>
    public static string JoinLinkChanged => Resources[nameof(JoinLinkChanged)];

    /// <summary>PmgBot mag niet in de agenda van de organisator-mailbox boeken (de IT-afdeling moet de app toegang g…</summary>
    public static string WhyForbidden => Resources[nameof(WhyForbidden)];

    /// <summary>de mailbox of afspraak bestaat niet</summary>
    public static string WhyNotFound => Resources[nameof(WhyNotFound)];

    /// <summary>Outlook krijgt nu te veel verzoeken; probeer het over een paar minuten opnieuw</summary>
    public static string WhyThrottled => Resources[nameof(WhyThrottled)];

    /// <summary>Outlook is nu niet bereikbaar; probeer het later opnieuw</summary>
    public static string WhyUnavailable => Resources[nameof(WhyUnavailable)];

    /// <summary>Outlook weigerde het verzoek</summary>
    public static string WhyRefused => Resources[nameof(WhyRefused)];

    /// <summary>1 afspraak</summary>
    public static string AppointmentsOne => Resources[nameof(AppointmentsOne)];

    /// <summary>{0} afspraken</summary>
    public static string AppointmentsMany(object? value0) => Resources.Format(nameof(AppointmentsMany), value0);
}
