using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using IcalCalendar = Ical.Net.Calendar;

namespace PmgBot.Core.Features.Meetings.Calendar;

/// <summary>Builds and reads the iCalendar (RFC 5545) text of one invitation with Ical.Net.</summary>
internal static class IcsInvitation
{
    public const string TimeZoneId = "Europe/Amsterdam";

    public const string ProductId = "-//PmgBot//JPP calendar//EN";

    /// <summary>A REQUEST: a new event or a new version of it (higher SEQUENCE).</summary>
    public static string Request(CalendarEvent calendarEvent) => Serialize(calendarEvent, "REQUEST");

    /// <summary>A CANCEL of the event, with the next SEQUENCE and the comment for the attendees.</summary>
    public static string Cancel(CalendarEvent calendarEvent) => Serialize(calendarEvent, "CANCEL");

    public static CalendarEvent NewEvent(
        string uid, string organizer, string subject, string description, CalendarWindow window,
        IReadOnlyList<CalendarAttendee> attendees, DateTimeOffset now)
    {
        var calendarEvent = new CalendarEvent
        {
            Uid = uid,
            Sequence = 0,
            Summary = subject,
            Description = description,
            Organizer = new Organizer("mailto:" + organizer.Trim()),
            Status = "CONFIRMED",
        };
        SetTimes(calendarEvent, window);
        SetAttendees(calendarEvent, attendees);
        Stamp(calendarEvent, now);
        return calendarEvent;
    }

    public static void SetTimes(CalendarEvent calendarEvent, CalendarWindow window)
    {
        calendarEvent.DtStart = Local(window.Start);
        calendarEvent.DtEnd = Local(window.End);
    }

    public static void SetAttendees(CalendarEvent calendarEvent, IReadOnlyList<CalendarAttendee> attendees)
    {
        calendarEvent.Attendees.Clear();
        foreach (var attendee in attendees)
        {
            calendarEvent.Attendees.Add(new Attendee("mailto:" + attendee.Email.Trim())
            {
                CommonName = attendee.Name,
                Role = attendee.Kind == AttendeeKind.Optional ? "OPT-PARTICIPANT" : "REQ-PARTICIPANT",
                ParticipationStatus = "NEEDS-ACTION",
                Rsvp = true,
            });
        }
    }

    public static void Stamp(CalendarEvent calendarEvent, DateTimeOffset now) =>
        calendarEvent.DtStamp = new CalDateTime(now.UtcDateTime, CalDateTime.UtcTzId, true);

    /// <summary>The event of a written file and the mailbox of its ORGANIZER.</summary>
    public static (CalendarEvent Event, string Organizer) Load(string text)
    {
        var calendar = IcalCalendar.Load(text) ?? throw new InvalidDataException("not an iCalendar file");
        var calendarEvent = calendar.Events.Single();
        var organizer = calendarEvent.Organizer?.Value is { } uri && uri.Scheme == "mailto" ? Uri.UnescapeDataString(uri.AbsoluteUri["mailto:".Length..]) : string.Empty;
        return (calendarEvent, organizer);
    }

    private static CalDateTime Local(DateTimeOffset instant)
    {
        var local = TimeZoneInfo.ConvertTime(instant, Time.AmsterdamTime.Zone).DateTime;
        return new CalDateTime(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), TimeZoneId, true);
    }

    private static string Serialize(CalendarEvent calendarEvent, string method)
    {
        var calendar = new IcalCalendar { Method = method, ProductId = ProductId };
        // A VTIMEZONE for the TZID the times use, from the event's start on (no history needed).
        calendar.AddTimeZone(TimeZoneId, calendarEvent.DtStart!.Value, false);
        calendar.Events.Add(calendarEvent);
        return new CalendarSerializer().SerializeToString(calendar) ?? throw new InvalidOperationException("Ical.Net produced no text");
    }
}
