using Microsoft.Extensions.Logging;

namespace PmgBot.Core.Features.Meetings.Digest;

/// <summary>Logs of the chair's digest: meeting ids and counts only, never a name, code or message text.</summary>
internal static partial class DigestLog
{
    [LoggerMessage(EventId = 8511, Level = LogLevel.Information,
        Message = "Digest run: {Sent} sent, {AlreadySent} already sent by another run, {NotQueued} not queued")]
    public static partial void Run(ILogger logger, int sent, int alreadySent, int notQueued);

    [LoggerMessage(EventId = 8512, Level = LogLevel.Warning,
        Message = "The digest of meeting {MeetingId} could not be queued for a chair ({Reason}); tried again next run")]
    public static partial void NotQueued(ILogger logger, long meetingId, string reason);

    [LoggerMessage(EventId = 8513, Level = LogLevel.Information,
        Message = "Booking of meeting {MeetingId}: {Done} done, {Remaining} remaining, stopped at {Outcome}")]
    public static partial void Booked(ILogger logger, long meetingId, int done, int remaining, string outcome);

    [LoggerMessage(EventId = 8514, Level = LogLevel.Warning,
        Message = "{Count} window invitation card(s) of meeting {MeetingId} could not be queued (no chat with the professional)")]
    public static partial void WindowNoticesNotQueued(ILogger logger, long meetingId, int count);

    [LoggerMessage(EventId = 8518, Level = LogLevel.Information,
        Message = "Digest reminders: {Sent} sent, {AlreadySent} already sent by another run, {NotQueued} not queued")]
    public static partial void Reminders(ILogger logger, int sent, int alreadySent, int notQueued);
}
