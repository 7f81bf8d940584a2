using PmgBot.Cards.Localization;

namespace PmgBot.Core.Features.Actions;

/// <summary>
/// The texts of action items and their reminders. Message texts (what shows in a notification or chat list) hold the
/// case code and the due date only; names and what appear only on the card; the logic is in ActionItemTexts.cs.
/// <c>ActionItemTexts.resx</c> (Dutch) and <c>ActionItemTexts.en.resx</c> (English), one key per text, read in the turn's language.
/// </summary>
public static partial class ActionItemTexts
{
    public static readonly TextResources Resources = new(typeof(ActionItemTexts));

    /// <summary>Nieuw actiepunt</summary>
    public static string NewItemTitle => Resources[nameof(NewItemTitle)];

    /// <summary>Nieuw actiepunt bij casus {0}, uiterlijk {1}.</summary>
    public static string NewItemText(object? value0, object? value1) => Resources.Format(nameof(NewItemText), value0, value1);

    /// <summary>Een actiepunt bij casus {0} (uiterlijk {1}) is niet mogelijk.</summary>
    public static string NotPossibleText(object? value0, object? value1) => Resources.Format(nameof(NotPossibleText), value0, value1);

    /// <summary>Let op: 1 eigenaar kon geen bericht in Teams krijgen (PmgBot is misschien nog niet bij die persoon g…</summary>
    public static string NotAllOwnersReachedOne => Resources[nameof(NotAllOwnersReachedOne)];

    /// <summary>Let op: {0} eigenaars konden geen bericht in Teams krijgen (PmgBot is misschien nog niet bij hen geï…</summary>
    public static string NotAllOwnersReachedMany(object? value0) => Resources.Format(nameof(NotAllOwnersReachedMany), value0);

    /// <summary> door {0} op {1}</summary>
    public static string ChangedBy(object? value0, object? value1) => Resources.Format(nameof(ChangedBy), value0, value1);

    /// <summary>Afgerond{0}</summary>
    public static string StatusDone(object? value0) => Resources.Format(nameof(StatusDone), value0);

    /// <summary>Niet mogelijk{0}</summary>
    public static string StatusNotPossible(object? value0) => Resources.Format(nameof(StatusNotPossible), value0);

    /// <summary>Verzet{0}</summary>
    public static string StatusPostponed(object? value0) => Resources.Format(nameof(StatusPostponed), value0);

    /// <summary>Te laat (verzet{0})</summary>
    public static string StatusOverduePostponed(object? value0) => Resources.Format(nameof(StatusOverduePostponed), value0);

    /// <summary>Te laat</summary>
    public static string StatusOverdue => Resources[nameof(StatusOverdue)];

    /// <summary>Open</summary>
    public static string StatusOpen => Resources[nameof(StatusOpen)];

    /// <summary>nog geen overleg</summary>
    public static string NoMeetingYet => Resources[nameof(NoMeetingYet)];

    /// <summary>Herinnering: actiepunt bij casus {0}, uiterlijk {1}.</summary>
    public static string ReminderBeforeDue(object? value0, object? value1) => Resources.Format(nameof(ReminderBeforeDue), value0, value1);

    /// <summary>Vandaag: actiepunt bij casus {0}, uiterlijk vandaag ({1}).</summary>
    public static string ReminderOnDueDay(object? value0, object? value1) => Resources.Format(nameof(ReminderOnDueDay), value0, value1);

    /// <summary>Te laat: actiepunt bij casus {0}, de deadline was {1}.</summary>
    public static string ReminderOverdue(object? value0, object? value1) => Resources.Format(nameof(ReminderOverdue), value0, value1);

    /// <summary>Een actiepunt bij casus {0} is {1} werkdagen te laat (deadline {2}).</summary>
    public static string ReminderOverdueToChair(object? value0, object? value1, object? value2) => Resources.Format(nameof(ReminderOverdueToChair), value0, value1, value2);

    /// <summary>Een actiepunt bij casus {0} is aan jou overgedragen, uiterlijk {1}.</summary>
    public static string ReassignedText(object? value0, object? value1) => Resources.Format(nameof(ReassignedText), value0, value1);

    /// <summary>Actiepunt bij casus {0}, uiterlijk {1}: {2}</summary>
    public static string UpdatedText(object? value0, object? value1, object? value2) => Resources.Format(nameof(UpdatedText), value0, value1, value2);

    /// <summary>afgerond.</summary>
    public static string UpdatedStateDone => Resources[nameof(UpdatedStateDone)];

    /// <summary>niet mogelijk.</summary>
    public static string UpdatedStateNotPossible => Resources[nameof(UpdatedStateNotPossible)];

    /// <summary>verzet.</summary>
    public static string UpdatedStatePostponed => Resources[nameof(UpdatedStatePostponed)];

    /// <summary>open.</summary>
    public static string UpdatedStateOpen => Resources[nameof(UpdatedStateOpen)];

    /// <summary>Een actiepunt bij casus {0} (uiterlijk {1}) heeft geen actieve eigenaar meer: kies een nieuwe eigenaar.</summary>
    public static string ReminderOwnerGone(object? value0, object? value1) => Resources.Format(nameof(ReminderOwnerGone), value0, value1);

    /// <summary>Weekoverzicht actiepunten: {0} te laat, {1} open, {2} afgehandeld sinds het laatste overleg.</summary>
    public static string WeeklyOverviewText(object? value0, object? value1, object? value2) => Resources.Format(nameof(WeeklyOverviewText), value0, value1, value2);
}
