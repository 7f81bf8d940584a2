namespace PmgBot.Core.Features.Meetings;

/// <summary>The card verbs of the JPP meeting (the chair's digest). Data carries the meeting's number, never a name or code.</summary>
public static class MeetingVerbs
{
    /// <summary>Show the chair's digest of a meeting again (meeting-digest). Data: <c>{"meeting":"42"}</c>.</summary>
    public const string ShowAgenda = "meeting.agenda";

    /// <summary>Confirm the agenda and book the calendars, or continue a booking that stopped (meeting-digest). Data: <c>{"meeting":"42"}</c>.</summary>
    public const string ConfirmBooking = "meeting.confirm";

    /// <summary>Put a youth on the agenda by case code (meeting-digest). Data: <c>{"meeting":"42"}</c> and the input <c>youthCode</c>.</summary>
    public const string AddYouth = "meeting.add";

    /// <summary>Take an item off the agenda (meeting-digest). Data: <c>{"meeting":"42"}</c> and the inputs <c>item</c> (its number) and <c>reason</c>.</summary>
    public const string RemoveItem = "meeting.remove";

    /// <summary>Move an item to the JPP's next meeting (meeting-digest). Data and inputs as <see cref="RemoveItem"/>.</summary>
    public const string MoveItem = "meeting.move";

    /// <summary>Send the digest again later (meeting-digest): the next working morning at 09:00, or in a few hours. Data: <c>{"meeting":"42"}</c>.</summary>
    public const string RemindLater = "meeting.remind";
}
