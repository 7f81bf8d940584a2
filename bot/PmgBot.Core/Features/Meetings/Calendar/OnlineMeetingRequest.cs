namespace PmgBot.Core.Features.Meetings.Calendar;

/// <summary>
/// The Teams-meeting event of a whole JPP meeting, in the organizer mailbox (a shared JPP mailbox or the chair).
/// Subject and body name the JPP, the time and the number of cases, never a youth's name: the gateway sends exactly
/// what it is given and adds nothing.
/// </summary>
/// <param name="TransactionId">
/// Derived by the caller from the meeting and the agenda version, so a create that is sent again (a retry, a crash
/// before the event id was stored) does not make a second event. Graph cannot change it later.
/// </param>
public sealed record OnlineMeetingRequest(
    string OrganizerMailbox,
    string TransactionId,
    string Subject,
    string BodyText,
    CalendarWindow Window,
    IReadOnlyList<CalendarAttendee> Attendees);
