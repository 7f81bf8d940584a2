namespace PmgBot.Core.Features.Meetings.Digest;

/// <summary>
/// Core members with another appointment during the meeting (from the calendar's free/busy). <paramref name="Known"/>
/// is false when no calendar could be read (the .ics fallback, a failed call): then nothing is known, which is not
/// the same as no conflicts.
/// </summary>
public sealed record DigestConflicts(bool Known, int Checked, IReadOnlyList<DigestConflict> Members);
