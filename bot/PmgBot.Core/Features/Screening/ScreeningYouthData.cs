namespace PmgBot.Core.Features.Screening;

/// <summary>The youth as reported (user text, shown literally in TextRuns).</summary>
public sealed record ScreeningYouthData(string Name, string DateOfBirth, string Municipality, string? School = null);
