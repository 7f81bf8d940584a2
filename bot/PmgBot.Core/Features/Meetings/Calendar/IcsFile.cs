namespace PmgBot.Core.Features.Meetings.Calendar;

/// <summary>One written .ics invitation.</summary>
public sealed record IcsFile(string Path, int Sequence, bool IsCancellation);
