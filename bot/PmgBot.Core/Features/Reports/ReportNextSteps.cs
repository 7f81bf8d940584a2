namespace PmgBot.Core.Features.Reports;

/// <summary>
/// What happens with a report next: the JPP that screens it, its chairs (display names) and the start of the next
/// JPP meeting of that JPP after now (UTC), if one is planned.
/// </summary>
public sealed record ReportNextSteps(string JppName, IReadOnlyList<string> ChairNames, DateTime? NextMeetingUtc);
