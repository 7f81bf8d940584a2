using System.Globalization;
using PmgBot.Core.Features.Meetings.AgendaItems;
using PmgBot.Core.Features.Meetings.Calendar;
using PmgBot.Core.Register;
using PmgBot.Core.Time;

namespace PmgBot.Core.Features.Meetings.Digest;

/// <summary>
/// The Dutch texts of the digest. The message text and summary of the proactive digest name the JPP, the day and the
/// number of cases only: no youth's name and no case code (those are in the card, for the chair).
/// </summary>
public static class DigestTexts
{
    public const string NoMeeting = "Er is geen volgende vergadering van jouw JPP gepland. Vraag de beheerder om de vergaderreeks van je JPP in te stellen.";

    public const string MeetingClosed = "Deze vergadering is al begonnen of voorbij. Er is niets geboekt.";

    public const string NoSeries = "Voor dit JPP is geen vergaderreeks met organisator-mailbox ingesteld, dus er kan niets geboekt worden. Vraag de beheerder om de reeks in te stellen.";

    public const string ConfirmTitle = "Bevestigen en uitnodigingen versturen";

    public const string ContinueTitle = "Verder gaan";

    public const string ChooseItem = "Kies eerst een agendapunt. Er is niets gewijzigd.";

    public const string TooLateToRemind = "De vergadering begint al snel; er komt geen herinnering meer. Bevestig nu, of bekijk de agenda later met 'agenda'.";

    private const string Replanned = " De volgorde en de vensters zijn opnieuw berekend.";

    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    /// <summary>An item in the card's choice list: "14:10 PMG-J-0023 (op- of afschalen)" (a code, never a name).</summary>
    public static string Choice(MeetingDigest digest, DigestItem item)
    {
        ArgumentNullException.ThrowIfNull(digest);
        ArgumentNullException.ThrowIfNull(item);
        return $"{Clock(digest.StartsAtUtc, item.StartMinute)} {item.Subject} ({Kind(item.Kind)})";
    }

    /// <summary>The confirmation after adding a youth.</summary>
    public static string Added(string code) => $"{code} staat nu op de agenda." + Replanned;

    /// <summary>The confirmation after removing an item, with the reason the chair gave (recorded with the item).</summary>
    public static string Removed(string subject, string reason) => $"{subject} is van de agenda gehaald. Reden: {Sentence(reason)}" + Replanned;

    /// <summary>The confirmation after moving an item; <paramref name="nextStartsAtUtc"/> is the meeting it moved to.</summary>
    public static string Moved(string subject, DateTime? nextStartsAtUtc, string reason) =>
        (nextStartsAtUtc is { } next ? $"{subject} staat nu op de agenda van de JPP van {AmsterdamTime.LongDate(next)}." : $"{subject} is verplaatst naar de volgende JPP.")
        + $" Reden: {Sentence(reason)}" + Replanned;

    /// <summary>The confirmation of "Herinner me later".</summary>
    public static string Reminded(DateTime remindAtUtc) =>
        $"Je krijgt deze agenda opnieuw op {AmsterdamTime.LongDateTime(remindAtUtc)}.";

    /// <summary>The text of the digest the chair asked for again: no names, no codes.</summary>
    public static string ReminderMessage(MeetingDigest digest) => "Herinnering: " + FirstLower(Message(digest));

    /// <summary>The notification summary of that reminder: no names, no codes.</summary>
    public static string ReminderSummary(MeetingDigest digest) => "Herinnering: " + Summary(digest);

    private static string Sentence(string text) => text.Length == 0 || text[^1] is '.' or '!' or '?' ? text : text + ".";

    private static string FirstLower(string text) => text.Length == 0 ? text : char.ToLowerInvariant(text[0]) + text[1..];

    /// <summary>"Agenda JPP Heerlen": the JPP's name as the directory has it ("JPP Heerlen").</summary>
    public static string Title(string jppName) => $"Agenda {jppName}";

    public static string When(MeetingDigest digest)
    {
        ArgumentNullException.ThrowIfNull(digest);
        return $"{AmsterdamTime.LongDate(digest.StartsAtUtc)}, {Clock(digest.StartsAtUtc)}–{Clock(digest.EndsAtUtc)}";
    }

    /// <summary>The proactive message's text: no names, no codes.</summary>
    public static string Message(MeetingDigest digest)
    {
        ArgumentNullException.ThrowIfNull(digest);
        return $"De agenda voor het casusoverleg van {digest.JppName} op {AmsterdamTime.LongDate(digest.StartsAtUtc)} staat klaar: "
            + $"{Cases(digest.Counts.Items)}. Bekijk de volgorde en bevestig om de uitnodigingen te versturen.";
    }

    /// <summary>The notification summary: no names, no codes.</summary>
    public static string Summary(MeetingDigest digest)
    {
        ArgumentNullException.ThrowIfNull(digest);
        return $"Agenda {digest.JppName}, {AmsterdamTime.DayMonthYear(digest.StartsAtUtc)}: {Cases(digest.Counts.Items)}";
    }

    public static string? DayOff(MeetingDigest digest)
    {
        ArgumentNullException.ThrowIfNull(digest);
        return !digest.OnDayOff ? null
            : digest.ProposedStartsAtUtc is { } proposed ? $"Let op: deze datum is geen werkdag. Voorstel: {AmsterdamTime.LongDateTime(proposed)}."
            : "Let op: deze datum is geen werkdag.";
    }

    public static string Conflicts(DigestConflicts conflicts)
    {
        ArgumentNullException.ThrowIfNull(conflicts);
        return !conflicts.Known ? "Niet te controleren: de agenda's zijn niet gekoppeld of nu niet bereikbaar."
            : conflicts.Members.Count == 0 ? $"Geen conflicten: alle {conflicts.Checked} gecontroleerde agenda's zijn vrij."
            : $"{conflicts.Members.Count} van de {conflicts.Checked} vaste deelnemers {(conflicts.Members.Count == 1 ? "heeft" : "hebben")} dan een andere afspraak.";
    }

    public static string Busy(BusyKind kind) => kind switch
    {
        BusyKind.Tentative => "misschien bezet",
        BusyKind.OutOfOffice => "afwezig",
        BusyKind.Elsewhere => "werkt elders",
        _ => "bezet",
    };

    public static string Saving(MeetingDigest digest)
    {
        ArgumentNullException.ThrowIfNull(digest);
        return digest.PlanErrors.Count > 0
                ? "De slimme volgorde kon niet worden berekend (" + string.Join(" ", digest.PlanErrors) + "). De agenda staat in volgorde van binnenkomst."
            : digest.Items.Count == 0 ? "Er staan nog geen casussen op de agenda."
            : $"Wachttijd van de organisaties samen: {Minutes(digest.WaitingMinutes)} (in volgorde van binnenkomst {Minutes(digest.ArrivalOrderWaitingMinutes)}).";
    }

    public static string Kind(AgendaItemKind kind) => kind switch
    {
        AgendaItemKind.Nieuw => "nieuw",
        AgendaItemKind.Vervolg => "vervolg",
        AgendaItemKind.OpAfschalen => "op- of afschalen",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown agenda item kind."),
    };

    public static string Level(YouthLevel? level) => level switch
    {
        null => "groep of locatie",
        YouthLevel.Geen => "geen",
        YouthLevel.Groen => "groen",
        YouthLevel.Oranje => "oranje",
        YouthLevel.Rood => "rood",
        YouthLevel.Afgesloten => "afgesloten",
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, "Unknown level."),
    };

    public static string Cases(int count) => count == 1 ? "1 casus" : count.ToString(CultureInfo.InvariantCulture) + " casussen";

    public static string Minutes(int count) => count == 1 ? "1 minuut" : count.ToString(CultureInfo.InvariantCulture) + " minuten";

    /// <summary>"14:20" in Amsterdam, <paramref name="minutes"/> after <paramref name="startUtc"/>.</summary>
    public static string Clock(DateTime startUtc, int minutes = 0) => AmsterdamTime.ToLocal(startUtc.AddMinutes(minutes)).ToString("HH:mm", Dutch);
}
