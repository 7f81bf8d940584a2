using PmgBot.Cards.Data;

namespace PmgBot.Core.Features.Reports;

/// <summary>
/// Data for <c>report</c> ("Zorg melden"), the one card of a report. The submit button sends
/// <c>report.submit</c> with <c>{"cardId": CardId, "cardVersion": CardVersion}</c> plus every input (ids in
/// <c>ReportFields</c>). <paramref name="CardId"/> is a server-made GUID per card instance: the idempotency key, kept
/// when the card comes back with messages. <paramref name="Values"/> fills the inputs: the reporting feature's
/// <c>ReportForm</c> record (the same record a submit is read into; this project does not reference it), every input id
/// present as a string. <paramref name="Errors"/> holds one Dutch message per wrong input, keyed by input id.
/// <paramref name="Message"/> is a Dutch message above the form (null: none); <paramref name="AskAgeConfirmation"/>
/// shows the "De leeftijd klopt" toggle. <paramref name="OrganisationName"/> is the reporter's organisation from the
/// directory (shown, not asked).
/// </summary>
public sealed record ReportCardData(
    string CardId,
    int CardVersion,
    string OrganisationName,
    IReadOnlyList<ChoiceData> Municipalities,
    object Values,
    IReadOnlyDictionary<string, string> Errors,
    bool AskAgeConfirmation,
    string? Message = null)
{
    /// <summary>The version of the template's data contract; a submit of an older card is refused with a fresh card.</summary>
    public const int CurrentVersion = 1;
}
