namespace PmgBot.Core.Features.Meetings.Calendar;

/// <summary>What is known about the Teams join link of an event.</summary>
public enum JoinLinkStatus
{
    /// <summary>Not an online-meeting event, or the call did not get as far as reading it.</summary>
    NotApplicable = 0,
    /// <summary>The event has its Teams join link.</summary>
    Present = 1,
    /// <summary>Teams is allowed but Graph gave no join link, also when read again: read it later.</summary>
    Missing = 2,
    /// <summary>Teams is not an allowed online-meeting provider of the organizer's calendar: tell the chair.</summary>
    TeamsNotAllowed = 3,
    /// <summary>No Teams meeting exists: the .ics fallback books no online meeting.</summary>
    NotCreated = 4,
}
