using System.Globalization;
using PmgBot.Core.Features.Meetings.AgendaItems;
using PmgBot.Core.Features.Meetings.Calendar;
using PmgBot.Core.Register;
using PmgBot.Core.Time;

namespace PmgBot.Core.Features.Meetings.Digest;

/// <summary>
/// The texts of the digest in the turn's language (the chair's, or the recipient's for a proactive digest; the keys
/// are in DigestTexts.Keys.cs), dates in Europe/Amsterdam. The message text and summary of the proactive digest name
/// the JPP, the day and the number of cases only: no youth's name and no case code (those are in the card, for the chair).
/// </summary>
public static partial class DigestTexts
{
    /// <summary>An item in the card's choice list: "14:10 PMG-J-0023 (op- of afschalen)" (a code, never a name).</summary>
    public static string Choice(MeetingDigest digest, DigestItem item)
    {
        ArgumentNullException.ThrowIfNull(digest);
        ArgumentNullException.ThrowIfNull(item);
        return $"{Clock(digest.StartsAtUtc, item.StartMinute)} {item.Subject} ({Kind(item.Kind)})";
    }

    /// <summary>The confirmation after adding a youth.</summary>
    public static string Added(string code) => AddedText(code) + Replanned;

    /// <summary>The confirmation after removing an item, with the reason the chair gave (recorded with the item).</summary>
    public static string Removed(string subject, string reason) => RemovedText(subject, Sentence(reason)) + Replanned;

    /// <summary>The confirmation after moving an item; <paramref name="nextStartsAtUtc"/> is the meeting it moved to.</summary>
    public static string Moved(string subject, DateTime? nextStartsAtUtc, string reason) =>
        (nextStartsAtUtc is { } next ? MovedToText(subject, ShownDates.LongDate(next)) : MovedNextText(subject))
        + MovedReasonText(Sentence(reason)) + Replanned;

    /// <summary>The confirmation of "Herinner me later".</summary>
    public static string Reminded(DateTime remindAtUtc) => RemindedText(ShownDates.LongDateTime(remindAtUtc));

    /// <summary>The text of the digest the chair asked for again: no names, no codes.</summary>
    public static string ReminderMessage(MeetingDigest digest) => ReminderPrefix + FirstLower(Message(digest));

    /// <summary>The notification summary of that reminder: no names, no codes.</summary>
    public static string ReminderSummary(MeetingDigest digest) => ReminderPrefix + Summary(digest);

    private static string Sentence(string text) => text.Length == 0 || text[^1] is '.' or '!' or '?' ? text : text + ".";

    private static string FirstLower(string text) => text.Length == 0 ? text : char.ToLowerInvariant(text[0]) + text[1..];

    /// <summary>"Agenda JPP Heerlen": the JPP's name as the directory has it ("JPP Heerlen").</summary>
    public static string Title(string jppName) => TitleText(jppName);

    public static string When(MeetingDigest digest)
    {
        ArgumentNullException.ThrowIfNull(digest);
        return $"{ShownDates.LongDate(digest.StartsAtUtc)}, {Clock(digest.StartsAtUtc)}–{Clock(digest.EndsAtUtc)}";
    }

    /// <summary>The proactive message's text: no names, no codes.</summary>
    public static string Message(MeetingDigest digest)
    {
        ArgumentNullException.ThrowIfNull(digest);
        return MessageText(digest.JppName, ShownDates.LongDate(digest.StartsAtUtc), Cases(digest.Counts.Items));
    }

    /// <summary>The notification summary: no names, no codes.</summary>
    public static string Summary(MeetingDigest digest)
    {
        ArgumentNullException.ThrowIfNull(digest);
        return SummaryText(digest.JppName, ShownDates.DayMonthYear(digest.StartsAtUtc), Cases(digest.Counts.Items));
    }

    public static string? DayOff(MeetingDigest digest)
    {
        ArgumentNullException.ThrowIfNull(digest);
        return !digest.OnDayOff ? null
            : digest.ProposedStartsAtUtc is { } proposed ? DayOffWithProposal(ShownDates.LongDateTime(proposed))
            : DayOffText;
    }

    public static string Conflicts(DigestConflicts conflicts)
    {
        ArgumentNullException.ThrowIfNull(conflicts);
        return !conflicts.Known ? ConflictsUnknown
            : conflicts.Members.Count == 0 ? ConflictsNone(conflicts.Checked)
            : conflicts.Members.Count == 1 ? ConflictsOne(conflicts.Checked)
            : ConflictsMany(conflicts.Members.Count, conflicts.Checked);
    }

    public static string Busy(BusyKind kind) => kind switch
    {
        BusyKind.Tentative => BusyTentative,
        BusyKind.OutOfOffice => BusyOutOfOffice,
        BusyKind.Elsewhere => BusyElsewhere,
        _ => BusyBusy,
    };

    public static string Saving(MeetingDigest digest)
    {
        ArgumentNullException.ThrowIfNull(digest);
        return digest.PlanErrors.Count > 0 ? SavingFailed(string.Join(" ", digest.PlanErrors))
            : digest.Items.Count == 0 ? SavingEmpty
            : SavingText(Minutes(digest.WaitingMinutes), Minutes(digest.ArrivalOrderWaitingMinutes));
    }

    public static string Kind(AgendaItemKind kind) => kind switch
    {
        AgendaItemKind.Nieuw => KindNieuw,
        AgendaItemKind.Vervolg => KindVervolg,
        AgendaItemKind.OpAfschalen => KindOpAfschalen,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown agenda item kind."),
    };

    public static string Level(YouthLevel? level) => level switch
    {
        null => LevelGroupOrLocation,
        YouthLevel.Geen => LevelGeen,
        YouthLevel.Groen => LevelGroen,
        YouthLevel.Oranje => LevelOranje,
        YouthLevel.Rood => LevelRood,
        YouthLevel.Afgesloten => LevelAfgesloten,
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, "Unknown level."),
    };

    public static string Cases(int count) => count == 1 ? CasesOne : CasesMany(count);

    public static string Minutes(int count) => count == 1 ? MinutesOne : MinutesMany(count);

    /// <summary>"14:20" in Amsterdam, <paramref name="minutes"/> after <paramref name="startUtc"/>.</summary>
    public static string Clock(DateTime startUtc, int minutes = 0) =>
        AmsterdamTime.ToLocal(startUtc.AddMinutes(minutes)).ToString("HH:mm", CultureInfo.InvariantCulture);
}
