using System.Globalization;
using Microsoft.Graph.Models;
using PmgBot.Core.Features.Meetings.Calendar;
using PmgBot.Core.Time;

namespace PmgBot.Graph;

/// <summary>
/// Our requests as Graph events. Exactly the caller's subject, text and attendees go out (nothing is added), times as
/// Amsterdam wall-clock time with the Windows zone name Graph expects.
/// </summary>
internal static class GraphEvents
{
    /// <summary>Graph's (Windows) name of Europe/Amsterdam's zone.</summary>
    public const string TimeZone = "W. Europe Standard Time";

    public static Event OnlineMeeting(OnlineMeetingRequest request) => new()
    {
        Subject = request.Subject,
        Body = Text(request.BodyText),
        Start = Time(request.Window.Start),
        End = Time(request.Window.End),
        Attendees = Attendees(request.Attendees),
        IsOnlineMeeting = true,
        OnlineMeetingProvider = OnlineMeetingProviderType.TeamsForBusiness,
        TransactionId = request.TransactionId,
    };

    public static Event Window(WindowEventRequest request) => new()
    {
        Subject = request.Subject,
        Body = Text(request.Body.Compose()),
        Start = Time(request.Window.Start),
        End = Time(request.Window.End),
        Attendees = Attendees(request.Attendees),
        // Said outright: the window event has no Teams meeting of its own, it carries the meeting's link.
        IsOnlineMeeting = false,
        TransactionId = request.TransactionId,
    };

    /// <summary>Only what changes; attendees always as the full list. Never a body for the online-meeting event (checked before).</summary>
    public static Event Patch(CalendarEventUpdate update)
    {
        var patch = new Event();
        if (update.Window is not null)
        {
            patch.Start = Time(update.Window.Start);
            patch.End = Time(update.Window.End);
        }

        if (update.Attendees is not null)
        {
            patch.Attendees = Attendees(update.Attendees);
        }

        if (update.Body is not null && update.Kind == CalendarEventKind.Window)
        {
            patch.Body = Text(update.Body.Compose());
        }

        return patch;
    }

    public static DateTimeTimeZone Time(DateTimeOffset instant) => new()
    {
        DateTime = TimeZoneInfo.ConvertTime(instant, AmsterdamTime.Zone).ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture),
        TimeZone = TimeZone,
    };

    /// <summary>The event's Teams join link, or null when it has none (or another provider's).</summary>
    public static string? TeamsJoinUrl(Event? graphEvent) =>
        graphEvent?.OnlineMeeting?.JoinUrl is { Length: > 0 } url
        && graphEvent.OnlineMeetingProvider is null or OnlineMeetingProviderType.TeamsForBusiness
            ? url
            : null;

    private static ItemBody Text(string content) => new() { ContentType = BodyType.Text, Content = content };

    private static List<Attendee> Attendees(IReadOnlyList<CalendarAttendee> attendees) =>
    [
        .. attendees.Select(a => new Attendee
        {
            EmailAddress = new EmailAddress { Address = a.Email.Trim(), Name = a.Name },
            Type = a.Kind == AttendeeKind.Optional ? AttendeeType.Optional : AttendeeType.Required,
        }),
    ];
}
