namespace PmgBot.Core.Features.Meetings.Digest;

/// <summary>
/// Data of the <c>meeting-window</c> card: a participant's invitation in personal chat. JPP, day, their organisation's
/// window, the number of its cases and the Teams link (null with the .ics fallback). No case code and no name: the codes
/// are in the message text only.
/// </summary>
public sealed record MeetingWindowCardData(string JppName, string Date, string Window, string Cases, string? JoinUrl = null);
