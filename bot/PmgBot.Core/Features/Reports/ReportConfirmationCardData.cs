namespace PmgBot.Core.Features.Reports;

/// <summary>
/// Data for <c>report-confirmation</c>, shown to the reporter in personal chat only. <paramref name="About"/> may hold
/// the youth's name (the reporter's own report) and is shown literally. <paramref name="Chairs"/>: the chairs of the JPP
/// who screen it; <paramref name="NextMeeting"/>: "dinsdag 1 december 2026" or a sentence that it is not known yet;
/// <paramref name="Alerted"/>: "Naam (organisatie)" of whoever was alerted at once (spoed).
/// </summary>
public sealed record ReportConfirmationCardData(
    string Reference,
    string About,
    string JppName,
    IReadOnlyList<string> Chairs,
    string NextMeeting,
    bool Urgent,
    IReadOnlyList<string> Alerted);
