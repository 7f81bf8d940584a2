using System.Globalization;
using PmgBot.Core.Features.Actions.Decisions;
using PmgBot.Core.Time;

namespace PmgBot.Core.Features.Actions;

/// <summary>
/// The Dutch texts of action items. Message texts (what shows in a notification or chat list) hold the case code and the
/// due date only; names and what appear only on the card.
/// </summary>
public static class ActionItemTexts
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    public const string NewItemTitle = "Nieuw actiepunt";

    /// <summary>"Nieuw actiepunt bij casus PMG-J-0017, uiterlijk 8 december 2026."</summary>
    public static string NewItem(string code, DateOnly due) => $"Nieuw actiepunt bij casus {code}, uiterlijk {Day(due)}.";

    /// <summary>"Een actiepunt bij casus PMG-J-0017 (uiterlijk 8 december 2026) is niet mogelijk."</summary>
    public static string NotPossible(string code, DateOnly due) => $"Een actiepunt bij casus {code} (uiterlijk {Day(due)}) is niet mogelijk.";

    /// <summary>"Een actiepunt bij casus PMG-J-0017 is aan jou overgedragen, uiterlijk 8 december 2026."</summary>
    public static string Reassigned(string code, DateOnly due) => $"Een actiepunt bij casus {code} is aan jou overgedragen, uiterlijk {Day(due)}.";

    /// <summary>The text of a card that replaces one sent before: "Actiepunt bij casus PMG-J-0017, uiterlijk 8 december 2026: afgerond."</summary>
    public static string Updated(string code, DateOnly due, ActionItemState state) => $"Actiepunt bij casus {code}, uiterlijk {Day(due)}: " + state switch
    {
        ActionItemState.Afgerond => "afgerond.",
        ActionItemState.NietMogelijk => "niet mogelijk.",
        ActionItemState.Verzet => "verzet.",
        _ => "open.",
    };

    public static string NotAllOwnersReached(int count) => count == 1
        ? "Let op: 1 eigenaar kon geen bericht in Teams krijgen (PmgBot is misschien nog niet bij die persoon geïnstalleerd)."
        : string.Create(Dutch, $"Let op: {count} eigenaars konden geen bericht in Teams krijgen (PmgBot is misschien nog niet bij hen geïnstalleerd).");

    /// <summary>"dinsdag 8 december 2026".</summary>
    public static string Due(DateOnly due) => due.ToString("dddd d MMMM yyyy", Dutch);

    /// <summary>"8 december 2026".</summary>
    public static string Day(DateOnly due) => due.ToString("d MMMM yyyy", Dutch);

    /// <summary>"Afgerond door Yara El Idrissi op 3 december, 14:05", "Open", "Te laat", …</summary>
    public static string Status(ActionItemState state, bool overdue, string? changedBy, DateTime? changedAtUtc)
    {
        var by = changedBy is null || changedAtUtc is not { } at
            ? ""
            : $" door {changedBy} op {AmsterdamTime.ToLocal(at).ToString("d MMMM, HH:mm", Dutch)}";
        return state switch
        {
            ActionItemState.Afgerond => "Afgerond" + by,
            ActionItemState.NietMogelijk => "Niet mogelijk" + by,
            ActionItemState.Verzet => (overdue ? "Te laat (verzet" : "Verzet") + by + (overdue ? ")" : ""),
            _ => overdue ? "Te laat" : "Open",
        };
    }

    public static string StatusColor(ActionItemState state, bool overdue) => state switch
    {
        ActionItemState.Afgerond => "Good",
        ActionItemState.NietMogelijk => "Warning",
        _ => overdue ? "Attention" : "Default",
    };
}
