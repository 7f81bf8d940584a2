using PmgBot.Core.Features.Actions.Decisions;
using PmgBot.Core.Time;

namespace PmgBot.Core.Features.Actions;

/// <summary>
/// The texts of action items in the turn's language (the keys are in ActionItemTexts.Keys.cs). Message texts (what
/// shows in a notification or chat list) hold the case code and the due date only; names and what appear only on the card.
/// </summary>
public static partial class ActionItemTexts
{
    /// <summary>"Nieuw actiepunt bij casus PMG-J-0017, uiterlijk 8 december 2026."</summary>
    public static string NewItem(string code, DateOnly due) => NewItemText(code, Day(due));

    /// <summary>"Een actiepunt bij casus PMG-J-0017 (uiterlijk 8 december 2026) is niet mogelijk."</summary>
    public static string NotPossible(string code, DateOnly due) => NotPossibleText(code, Day(due));

    /// <summary>"Een actiepunt bij casus PMG-J-0017 is aan jou overgedragen, uiterlijk 8 december 2026."</summary>
    public static string Reassigned(string code, DateOnly due) => ReassignedText(code, Day(due));

    /// <summary>The text of a card that replaces one sent before: "Actiepunt bij casus PMG-J-0017, uiterlijk 8 december 2026: afgerond."</summary>
    public static string Updated(string code, DateOnly due, ActionItemState state) => UpdatedText(code, Day(due), state switch
    {
        ActionItemState.Afgerond => UpdatedStateDone,
        ActionItemState.NietMogelijk => UpdatedStateNotPossible,
        ActionItemState.Verzet => UpdatedStatePostponed,
        _ => UpdatedStateOpen,
    });

    public static string NotAllOwnersReached(int count) => count == 1 ? NotAllOwnersReachedOne : NotAllOwnersReachedMany(count);

    /// <summary>"dinsdag 8 december 2026" / "Tuesday 8 December 2026".</summary>
    public static string Due(DateOnly due) => ShownDates.LongDate(due);

    /// <summary>"8 december 2026" / "8 December 2026".</summary>
    public static string Day(DateOnly due) => ShownDates.Date(due);

    /// <summary>"Afgerond door Yara El Idrissi op 3 december, 14:05", "Open", "Te laat", …</summary>
    public static string Status(ActionItemState state, bool overdue, string? changedBy, DateTime? changedAtUtc)
    {
        var by = changedBy is null || changedAtUtc is not { } at ? "" : ChangedBy(changedBy, ShownDates.DayMonthTime(at));
        return state switch
        {
            ActionItemState.Afgerond => StatusDone(by),
            ActionItemState.NietMogelijk => StatusNotPossible(by),
            ActionItemState.Verzet => overdue ? StatusOverduePostponed(by) : StatusPostponed(by),
            _ => overdue ? StatusOverdue : StatusOpen,
        };
    }

    public static string StatusColor(ActionItemState state, bool overdue) => state switch
    {
        ActionItemState.Afgerond => "Good",
        ActionItemState.NietMogelijk => "Warning",
        _ => overdue ? "Attention" : "Default",
    };
}
