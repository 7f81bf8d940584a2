namespace PmgBot.Core.Features.Meetings;

/// <summary>The card verbs of the JPP meeting (the chair's digest). Data carries the meeting's number, never a name or code.</summary>
public static class MeetingVerbs
{
    /// <summary>Show the chair's digest of a meeting again (meeting-digest). Data: <c>{"meeting":"42"}</c>.</summary>
    public const string ShowAgenda = "meeting.agenda";

    /// <summary>Confirm the agenda and book the calendars, or continue a booking that stopped (meeting-digest). Data: <c>{"meeting":"42"}</c>.</summary>
    public const string ConfirmBooking = "meeting.confirm";
}
