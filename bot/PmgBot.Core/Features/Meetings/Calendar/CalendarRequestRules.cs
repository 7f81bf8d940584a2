using System.Globalization;

namespace PmgBot.Core.Features.Meetings.Calendar;

/// <summary>
/// The checks every gateway makes before sending anything. Each returns null when the request is fine, else a
/// short technical reason that names the field or the position, never its value (values can be personal data).
/// </summary>
public static class CalendarRequestRules
{
    public static string? Check(OnlineMeetingRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return CheckEvent(request.OrganizerMailbox, request.TransactionId, request.Subject, request.BodyText, request.Window, request.Attendees);
    }

    public static string? Check(WindowEventRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return CheckEvent(request.OrganizerMailbox, request.TransactionId, request.Subject, request.Body?.Text, request.Window, request.Attendees)
            ?? CheckJoinUrl(request.Body!.JoinUrl);
    }

    public static string? Check(CalendarEventUpdate update)
    {
        ArgumentNullException.ThrowIfNull(update);
        if (CheckRef(update.Event) is { } refProblem)
        {
            return refProblem;
        }

        if (update.Window is null && update.Attendees is null && update.Body is null)
        {
            return "nothing to change: no times, attendees or body";
        }

        if (update.Body is not null && update.Kind == CalendarEventKind.OnlineMeeting)
        {
            // Patching the body of an online meeting can drop or renew the Teams meeting (event-update docs).
            return "the body of an online-meeting event is never changed";
        }

        return (update.Window is null ? null : CheckWindow(update.Window))
            ?? (update.Attendees is null ? null : CheckAttendees(update.Attendees))
            ?? (update.Body is null ? null : CheckText(update.Body.Text, "body") ?? CheckJoinUrl(update.Body.JoinUrl));
    }

    public static string? Check(CalendarCancellation cancellation)
    {
        ArgumentNullException.ThrowIfNull(cancellation);
        return CheckRef(cancellation.Event) ?? CheckText(cancellation.Comment, "comment");
    }

    public static string? Check(FreeBusyQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (!IsMailbox(query.OrganizerMailbox))
        {
            return "organizer mailbox is not an e-mail address";
        }

        if (query.Mailboxes is null || query.Mailboxes.Count == 0)
        {
            return "no mailboxes to ask";
        }

        for (var i = 0; i < query.Mailboxes.Count; i++)
        {
            if (!IsMailbox(query.Mailboxes[i]))
            {
                return Invariant($"mailbox {i + 1} is not an e-mail address");
            }
        }

        if (CheckWindow(query.Window) is { } windowProblem)
        {
            return windowProblem;
        }

        return query.Window.Length >= CalendarLimits.FreeBusyMaxWindow ? "free/busy window must be shorter than 62 days" : null;
    }

    /// <summary>A plain, single address: something@something, no spaces, no display-name syntax.</summary>
    public static bool IsMailbox(string? value)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Length > 320)
        {
            return false;
        }

        var at = value.IndexOf('@', StringComparison.Ordinal);
        return at > 0
            && at == value.LastIndexOf('@')
            && at < value.Length - 1
            && !value.Any(c => char.IsWhiteSpace(c) || char.IsControl(c) || c is '<' or '>' or ',' or ';' or '"' or ':' or '/' or '\\');
    }

    private static string? CheckEvent(
        string organizer, string transactionId, string subject, string? body, CalendarWindow window, IReadOnlyList<CalendarAttendee> attendees)
    {
        if (!IsMailbox(organizer))
        {
            return "organizer mailbox is not an e-mail address";
        }

        if (string.IsNullOrWhiteSpace(transactionId))
        {
            return "transaction id is missing";
        }

        if (transactionId.Length > CalendarLimits.MaxTransactionIdLength || transactionId.Any(char.IsControl))
        {
            return "transaction id is too long or holds control characters";
        }

        if (string.IsNullOrWhiteSpace(subject))
        {
            return "subject is missing";
        }

        if (subject.Length > CalendarLimits.MaxSubjectLength)
        {
            return "subject is longer than 255 characters";
        }

        return CheckText(body, "body") ?? (window is null ? "times are missing" : CheckWindow(window)) ?? CheckAttendees(attendees);
    }

    private static string? CheckRef(CalendarEventRef? eventRef)
    {
        if (eventRef is null || !IsMailbox(eventRef.Mailbox))
        {
            return "event mailbox is not an e-mail address";
        }

        return string.IsNullOrWhiteSpace(eventRef.EventId) ? "event id is missing" : null;
    }

    private static string? CheckWindow(CalendarWindow window) =>
        window.End <= window.Start ? "end is not after start" : null;

    private static string? CheckText(string? text, string field) =>
        text is null ? field + " is missing" : null;

    private static string? CheckJoinUrl(string? joinUrl) =>
        joinUrl is null || (Uri.TryCreate(joinUrl, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps)
            ? null
            : "join link is not an absolute https URL";

    private static string? CheckAttendees(IReadOnlyList<CalendarAttendee>? attendees)
    {
        if (attendees is null)
        {
            return "attendee list is missing";
        }

        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < attendees.Count; i++)
        {
            var attendee = attendees[i];
            if (attendee is null || !IsMailbox(attendee.Email))
            {
                return Invariant($"attendee {i + 1} has no valid e-mail address");
            }

            if (attendee.Name is null)
            {
                return Invariant($"attendee {i + 1} has no name");
            }

            if (!Enum.IsDefined(attendee.Kind))
            {
                return Invariant($"attendee {i + 1} is neither required nor optional");
            }

            if (!seen.Add(attendee.Email.Trim()))
            {
                return Invariant($"attendee {i + 1} is listed twice");
            }
        }

        return null;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
