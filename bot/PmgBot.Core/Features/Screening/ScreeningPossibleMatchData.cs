namespace PmgBot.Core.Features.Screening;

/// <summary>A possible match side by side: the youth in the report and the register record (chair only).</summary>
public sealed record ScreeningPossibleMatchData(
    string ReportedName, string ReportedDateOfBirth, string RegisteredCode, string RegisteredName, string RegisteredDateOfBirth);
