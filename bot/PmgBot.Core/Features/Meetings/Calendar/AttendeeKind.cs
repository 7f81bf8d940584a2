namespace PmgBot.Core.Features.Meetings.Calendar;

public enum AttendeeKind
{
    Required = 0,
    Optional = 1,
}
