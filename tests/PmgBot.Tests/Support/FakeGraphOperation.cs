namespace PmgBot.Tests.Support;

/// <summary>The Graph calls the fake understands (anything else is answered 400).</summary>
public enum FakeGraphOperation
{
    Unknown = 0,
    CreateEvent = 1,
    GetEvent = 2,
    UpdateEvent = 3,
    CancelEvent = 4,
    GetCalendar = 5,
    GetSchedule = 6,
}
