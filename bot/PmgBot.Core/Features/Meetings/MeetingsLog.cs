using Microsoft.Extensions.Logging;

namespace PmgBot.Core.Features.Meetings;

/// <summary>Logs of the meeting cycle: JPP ids, meeting ids and counts only, never a youth or a chair's text.</summary>
internal static partial class MeetingsLog
{
    [LoggerMessage(EventId = 8501, Level = LogLevel.Information,
        Message = "Meetings of {JppId} planned: {Added} added, {Updated} updated, {Removed} removed, {OnDayOff} on a day off")]
    public static partial void Planned(ILogger logger, string jppId, int added, int updated, int removed, int onDayOff);

    [LoggerMessage(EventId = 8502, Level = LogLevel.Warning,
        Message = "Planning the meetings of {JppId} met a concurrent change (attempt {Attempt}); reading again")]
    public static partial void PlanConflict(ILogger logger, string jppId, int attempt);

    [LoggerMessage(EventId = 8503, Level = LogLevel.Information,
        Message = "Agenda of meeting {MeetingId} refreshed: {Added} item(s) added, {Dropped} dropped")]
    public static partial void AgendaRefreshed(ILogger logger, long meetingId, int added, int dropped);

    [LoggerMessage(EventId = 8504, Level = LogLevel.Warning,
        Message = "Refreshing the agenda of meeting {MeetingId} met a concurrent change (attempt {Attempt}); reading again")]
    public static partial void AgendaConflict(ILogger logger, long meetingId, int attempt);
}
