namespace PmgBot.Core.Features.Meetings.Calendar;

public enum CalendarEventKind
{
    /// <summary>The Teams-meeting event of the whole meeting: its body is never changed after creation.</summary>
    OnlineMeeting = 0,
    /// <summary>A plain event for one organisation's window, carrying the meeting's join link in its body.</summary>
    Window = 1,
}
