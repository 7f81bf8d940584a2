using PmgBot.Core.Features.Meetings.Calendar;

namespace PmgBot.Core.Features.Meetings.Bookings;

/// <summary>
/// The calls that bring the calendars from what was booked to what the confirmed agenda needs. The meeting's own event
/// comes first (<see cref="MeetingSteps"/>) because the window events carry its join link (<see cref="WindowSteps"/>).
/// A change sends the full attendee list (Graph replaces the list with what a PATCH holds) and never the online-meeting
/// event's body; an organisation that dropped off the agenda has its event cancelled with a comment. Running it again
/// after a partial failure gives only the calls that are still missing.
/// </summary>
public static class BookingDiff
{
    public static IReadOnlyList<BookingStep> MeetingSteps(MeetingBookingPlan plan, StoredBooking? stored)
    {
        ArgumentNullException.ThrowIfNull(plan);
        if (stored is null)
        {
            return
            [
                new CreateMeetingStep(new OnlineMeetingRequest(
                    plan.OrganizerMailbox,
                    BookingTransactionIds.For(plan.MeetingId, plan.AgendaVersion, null),
                    BookingTexts.MeetingSubject(plan.JppName),
                    BookingTexts.MeetingBody(plan.JppName, plan.Meeting),
                    plan.Meeting,
                    plan.CoreMembers)),
            ];
        }

        var window = stored.Window == plan.Meeting ? null : plan.Meeting;
        var attendees = SameAttendees(stored.AttendeeEmails, plan.CoreMembers) ? null : plan.CoreMembers;
        return window is null && attendees is null
            ? []
            : [new UpdateBookingStep(null, new CalendarEventUpdate(stored.Event, CalendarEventKind.OnlineMeeting, window, attendees, KnownJoinUrl: stored.JoinUrl))];
    }

    public static IReadOnlyList<BookingStep> WindowSteps(MeetingBookingPlan plan, IReadOnlyCollection<StoredBooking> stored, string? joinUrl)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(stored);
        var byOrganisation = stored.Where(s => s.OrganisationId is not null).ToDictionary(s => s.OrganisationId!, StringComparer.Ordinal);
        var steps = new List<BookingStep>();
        foreach (var organisation in plan.Organisations)
        {
            var body = new EventBody(BookingTexts.WindowBody(plan.JppName, organisation.Window, organisation.CaseCount), joinUrl);
            if (!byOrganisation.TryGetValue(organisation.OrganisationId, out var booked))
            {
                steps.Add(new CreateWindowStep(organisation.OrganisationId, new WindowEventRequest(
                    plan.OrganizerMailbox,
                    BookingTransactionIds.For(plan.MeetingId, plan.AgendaVersion, organisation.OrganisationId),
                    BookingTexts.WindowSubject(plan.JppName),
                    body,
                    organisation.Window,
                    organisation.Attendees)));
                continue;
            }

            var window = booked.Window == organisation.Window ? null : organisation.Window;
            var attendees = SameAttendees(booked.AttendeeEmails, organisation.Attendees) ? null : organisation.Attendees;
            var newBody = booked.BodyText == body.Text && booked.JoinUrl == joinUrl ? null : body;
            if (window is not null || attendees is not null || newBody is not null)
            {
                steps.Add(new UpdateBookingStep(organisation.OrganisationId, new CalendarEventUpdate(booked.Event, CalendarEventKind.Window, window, attendees, newBody)));
            }
        }

        var planned = plan.Organisations.Select(o => o.OrganisationId).ToHashSet(StringComparer.Ordinal);
        steps.AddRange(byOrganisation.Values
            .Where(b => !planned.Contains(b.OrganisationId!))
            .OrderBy(b => b.OrganisationId, StringComparer.Ordinal)
            .Select(b => new CancelBookingStep(b.OrganisationId!, new CalendarCancellation(b.Event, BookingTexts.CancelComment(plan.JppName)))));
        return steps;
    }

    private static bool SameAttendees(IReadOnlyList<string> stored, IReadOnlyList<CalendarAttendee> planned) =>
        stored.Select(e => e.ToLowerInvariant()).Order(StringComparer.Ordinal)
            .SequenceEqual(planned.Select(a => a.Email.ToLowerInvariant()).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal), StringComparer.Ordinal);
}
