using PmgBot.Jobs;
using PmgBot.Core.Outbox;
using PmgBot.Core.Register;
using PmgBot.Core.Directory;
using PmgBot.Cards;
using PmgBot.Core.Features.Meetings.AgendaItems;
using PmgBot.Core.Features.Meetings.Bookings;
using PmgBot.Core.Features.Meetings.Calendar;
using PmgBot.Core.Features.Meetings.Digest;
using PmgBot.Tests.Features.Screening;

namespace PmgBot.Tests.Features.Meetings.Digest;

/// <summary>The chair's Dutch report of a booking run, and the digest card that carries it (continue button when it stopped).</summary>
public sealed class BookingReportTextsTests
{
    private static readonly DateTime Start = new(2026, 12, 8, 13, 0, 0, DateTimeKind.Utc);

    private static readonly Dictionary<string, (BookingReport Report, string Text, string Style)> Reports = new()
    {
        ["all booked in Outlook"] = (new BookingReport(3, 0, null, true, false, false),
            "De uitnodigingen zijn verstuurd: 3 afspraken gemaakt of bijgewerkt in Outlook.",
            "good"),
        ["one appointment"] = (new BookingReport(1, 0, null, true, false, false),
            "De uitnodigingen zijn verstuurd: 1 afspraak gemaakt of bijgewerkt in Outlook.",
            "good"),
        ["nothing changed"] = (new BookingReport(0, 0, null, true, false, false),
            "Alle uitnodigingen waren al verstuurd; er is niets veranderd.",
            "good"),
        [".ics only"] = (new BookingReport(2, 0, null, false, false, false),
            "Er is geen koppeling met Outlook ingesteld: de agenda's zijn niet bijgewerkt. 2 afspraken als .ics-bestand klaargezet.",
            "warning"),
        ["the meeting's mailbox is outside the app's scope"] = (new BookingReport(0, 3, new BookingFailure(null, CalendarOutcome.Forbidden, "403"), false, false, false),
            "Niet alles is geboekt. Gelukt: 0. Nog niet: 3. Gestopt bij de Teams-vergadering: PmgBot mag niet in de agenda van de organisator-mailbox boeken "
                + "(de IT-afdeling moet de app toegang geven tot deze mailbox). Er is niets verloren: kies 'Verder gaan' om verder te gaan waar het stopte.",
            "attention"),
        ["throttled at a window"] = (new BookingReport(2, 1, new BookingFailure("halt", CalendarOutcome.Throttled, "429"), true, false, false),
            "Niet alles is geboekt. Gelukt: 2. Nog niet: 1. Gestopt bij het venster van Halt Zuid-Limburg: Outlook krijgt nu te veel verzoeken; "
                + "probeer het over een paar minuten opnieuw. Er is niets verloren: kies 'Verder gaan' om verder te gaan waar het stopte.",
            "attention"),
        ["unavailable"] = (new BookingReport(1, 2, new BookingFailure("halt", CalendarOutcome.Unavailable, "503"), true, false, false),
            "Niet alles is geboekt. Gelukt: 1. Nog niet: 2. Gestopt bij het venster van Halt Zuid-Limburg: Outlook is nu niet bereikbaar; "
                + "probeer het later opnieuw. Er is niets verloren: kies 'Verder gaan' om verder te gaan waar het stopte.",
            "attention"),
        ["join link missing"] = (new BookingReport(3, 0, null, true, true, false),
            "De uitnodigingen zijn verstuurd: 3 afspraken gemaakt of bijgewerkt in Outlook. Let op: de Teams-link ontbreekt. "
                + "Controleer of Teams is toegestaan in de agenda van de organisator-mailbox.",
            "warning"),
        ["join link changed"] = (new BookingReport(1, 0, null, true, false, true),
            "De uitnodigingen zijn verstuurd: 1 afspraak gemaakt of bijgewerkt in Outlook. Let op: de Teams-link is veranderd; "
                + "de uitnodigingen van de organisaties hebben de nieuwe link.",
            "warning"),
    };

    public static TheoryData<string> ReportNames => new(Reports.Keys);

    [Theory]
    [MemberData(nameof(ReportNames))]
    public void Describe_Report_DutchTextAndStyle(string name)
    {
        var (report, text, style) = Reports[name];
        Assert.Equal(text, BookingReportTexts.Describe(report, id => id == "halt" ? "Halt Zuid-Limburg" : id));
        Assert.Equal(style, BookingReportTexts.Style(report));
    }

    [Fact]
    public void Render_StoppedRun_ReportOnTheCardAndVerderGaan()
    {
        var cards = new MeetingDigestCards(new CardRenderer());
        var report = new BookingReport(1, 2, new BookingFailure("halt", CalendarOutcome.Unavailable, "503"), true, false, false);

        var card = cards.Render(Digest(invitationsToSend: 2), report);

        Assert.Equal(
            ["Van de agenda halen", "Naar de volgende JPP", "Toevoegen", "Verder gaan", "Herinner me later", "Vernieuwen", "Terug naar het menu"],
            card.ButtonTitles());
        Assert.Contains(card.Actions(), a => a["data"]?["meeting"]?.GetValue<string>() == "42");
        Assert.Contains(Descendants(card), o => (string?)o["style"] == "attention");
    }

    [Fact]
    public void Render_NothingLeftToSend_NoConfirmButton()
    {
        var card = new MeetingDigestCards(new CardRenderer()).Render(Digest(invitationsToSend: 0), new BookingReport(0, 0, null, true, false, false));

        Assert.Equal(
            ["Van de agenda halen", "Naar de volgende JPP", "Toevoegen", "Herinner me later", "Vernieuwen", "Terug naar het menu"],
            card.ButtonTitles());
    }

    [Fact]
    public void Render_MeetingNotAhead_OnlyRefreshAndMenu()
    {
        var card = new MeetingDigestCards(new CardRenderer()).Render(Digest(invitationsToSend: 0), open: false);

        Assert.Equal(["Vernieuwen", "Terug naar het menu"], card.ButtonTitles());
    }

    [Fact]
    public void Message_Reminder_HerinneringWithoutCodes()
    {
        var activity = new MeetingDigestCards(new CardRenderer()).Message(Digest(invitationsToSend: 2), reminder: true);

        Assert.Equal("Herinnering: de agenda voor het casusoverleg van JPP Heerlen op dinsdag 8 december 2026 staat klaar: 1 casus. "
            + "Bekijk de volgorde en bevestig om de uitnodigingen te versturen.", activity.Text);
        Assert.Equal("Herinnering: Agenda JPP Heerlen, 8 december 2026: 1 casus", activity.Summary);
    }

    [Fact]
    public void Message_Digest_TextAndSummaryWithoutCodes()
    {
        var activity = new MeetingDigestCards(new CardRenderer()).Message(Digest(invitationsToSend: 2));

        Assert.Equal("De agenda voor het casusoverleg van JPP Heerlen op dinsdag 8 december 2026 staat klaar: 1 casus. "
            + "Bekijk de volgorde en bevestig om de uitnodigingen te versturen.", activity.Text);
        Assert.Equal("Agenda JPP Heerlen, 8 december 2026: 1 casus", activity.Summary);
        Assert.Contains("PMG-J-0017", activity.Attachments![0].Content!.ToJsonString(), StringComparison.Ordinal);
    }

    private static MeetingDigest Digest(int invitationsToSend) => new(
        42, "jpp-heerlen", "JPP Heerlen", Start, Start.AddHours(2), false, null,
        new DigestCounts(1, 0, 0, 0, 1, 0, 0, 0, invitationsToSend),
        new DigestConflicts(false, 0, []),
        [new DigestItem("PMG-J-0017", AgendaItemKind.Nieuw, PmgBot.Core.Register.YouthLevel.Groen, 0, 10, ["Halt Zuid-Limburg"])],
        [new DigestWindow("halt", "Halt Zuid-Limburg", 0, 10, 1)],
        0, 0, [],
        new MeetingBookingPlan("42", 1, "Heerlen", "jpp@heerlen.example",
            new CalendarWindow(new DateTimeOffset(Start), new DateTimeOffset(Start.AddHours(2))), [], []));

    private static IEnumerable<System.Text.Json.Nodes.JsonObject> Descendants(System.Text.Json.Nodes.JsonNode? node) => node switch
    {
        System.Text.Json.Nodes.JsonObject obj => new[] { obj }.Concat(obj.SelectMany(p => Descendants(p.Value))),
        System.Text.Json.Nodes.JsonArray array => array.SelectMany(Descendants),
        _ => [],
    };
}
