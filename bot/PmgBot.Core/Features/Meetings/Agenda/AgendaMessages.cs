using System.Globalization;

namespace PmgBot.Core.Features.Meetings.Agenda;

/// <summary>The planner's Dutch messages, one place so the command, the card and the tests say the same.</summary>
internal static class AgendaMessages
{
    private static readonly string[] CountWords = ["nul", "een", "Twee", "Drie", "Vier", "Vijf", "Zes", "Zeven", "Acht", "Negen", "Tien"];

    public static string NoItems => "De agenda heeft geen items.";

    public static string TooManyItems(int count) =>
        Invariant($"De agenda heeft {count} items; het maximum is {AgendaLimits.MaxItems}.");

    public static string EmptyItem(int position) => Invariant($"Item {position} is leeg.");

    public static string NoId(int position) => Invariant($"Item {position} heeft geen id.");

    public static string IdTooLong(int position) =>
        Invariant($"Item {position} heeft een id van meer dan {AgendaLimits.MaxIdLength} tekens.");

    public static string DuplicateId(string id) => $"Dubbel id {id}.";

    public static string NoMinutes(string item) =>
        Invariant($"Item {item} heeft geen minuten; geef {AgendaLimits.MinMinutes} tot {AgendaLimits.MaxMinutes} minuten.");

    public static string WrongMinutes(string item, int minutes) =>
        Invariant($"Item {item} heeft {minutes} minuten; geef {AgendaLimits.MinMinutes} tot {AgendaLimits.MaxMinutes} minuten.");

    public static string EmptyPartner(string item) => $"Item {item} heeft een lege partner.";

    public static string PartnerTooLong(string item) =>
        Invariant($"Item {item} heeft een partner van meer dan {AgendaLimits.MaxIdLength} tekens.");

    public static string TooManyPartners(string item, int count) =>
        Invariant($"Item {item} heeft {count} partners; het maximum is {AgendaLimits.MaxPartnersPerItem}.");

    public static string TooManyOrganisations(int count) =>
        Invariant($"De agenda heeft {count} verschillende partners; het maximum is {AgendaLimits.MaxOrganisations}.");

    public static string UnknownPin(string item, string pin) =>
        $"Item {item} heeft een onbekende pin \"{pin}\"; gebruik \"{AgendaPins.First}\" of \"{AgendaPins.Last}\".";

    public static string NegativeNotBefore(string item, int minute) =>
        Invariant($"Item {item} heeft notBefore {minute}; geef een minuut van 0 of meer.");

    public static string PinnedTwice(IReadOnlyList<string> items, bool first)
    {
        var count = items.Count < CountWords.Length ? CountWords[items.Count] : items.Count.ToString(CultureInfo.InvariantCulture);
        var which = first ? "eerste" : "laatste";
        return $"{count} items zijn als {which} vastgezet: {JoinDutch(items)}.";
    }

    public static string StartsAfterEnd(string item, int minute, int total) =>
        Invariant($"Het item {item} kan niet na minuut {minute} beginnen: de agenda duurt maar {total} minuten.");

    public static string EndsAfterEnd(string item, int minute, int minutes, int total) =>
        Invariant($"Het item {item} kan niet na minuut {minute} beginnen: het duurt {minutes} minuten en de agenda duurt maar {total} minuten.");

    public static string FirstNotAtStart(string item, int minute) =>
        Invariant($"Het item {item} is als eerste vastgezet en begint dus op minuut 0, maar mag pas op minuut {minute} beginnen.");

    public static string Gap(string item, int minute, int available) =>
        Invariant($"De vastgezette begintijden passen niet: het item {item} mag pas op minuut {minute} beginnen, maar de items die eerder mogen beginnen duren samen maar {available} minuten (de agenda heeft geen pauzes).");

    public static string NoFeasibleOrder => "Er is geen volgorde die alle vastgezette items en begintijden respecteert.";

    private static string JoinDutch(IReadOnlyList<string> items) =>
        items.Count == 1 ? items[0] : $"{string.Join(", ", items.Take(items.Count - 1))} en {items[^1]}";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
