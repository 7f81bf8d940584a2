using PmgBot.Core.Features.Meetings.Agenda;
using PmgBot.Core.Features.Meetings.Calendar;

namespace PmgBot.Core.Features.Meetings.Bookings;

/// <summary>
/// Turns a planned agenda into what the calendars should hold: each organisation's window (minutes from the start)
/// becomes a span of time, with the number of its cases and its invited professionals. Core members are invited to
/// the whole meeting, so they are left out of the windows, and an organisation with no one else to invite gets no
/// window event.
/// </summary>
public static class BookingPlanBuilder
{
    public static MeetingBookingPlan Build(
        MeetingBookingPlan meeting,
        AgendaRequest agenda,
        AgendaPlan plan,
        IReadOnlyDictionary<string, IReadOnlyList<CalendarAttendee>> invitedPerOrganisation)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        ArgumentNullException.ThrowIfNull(agenda);
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(invitedPerOrganisation);
        var core = meeting.CoreMembers.Select(a => a.Email).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var items = (agenda.Items ?? []).OfType<AgendaItem>().ToList();
        var organisations = new List<OrganisationBooking>();
        foreach (var (organisationId, window) in plan.Windows)
        {
            var invited = invitedPerOrganisation.TryGetValue(organisationId, out var list)
                ? list.Where(a => !core.Contains(a.Email)).DistinctBy(a => a.Email, StringComparer.OrdinalIgnoreCase).ToList()
                : [];
            if (invited.Count == 0)
            {
                continue;
            }

            var cases = items.Count(i => i.Partners?.Contains(organisationId, StringComparer.Ordinal) == true);
            organisations.Add(new OrganisationBooking(
                organisationId,
                new CalendarWindow(meeting.Meeting.Start.AddMinutes(window.Start), meeting.Meeting.Start.AddMinutes(window.End)),
                cases,
                invited));
        }

        return meeting with { Organisations = organisations };
    }
}
