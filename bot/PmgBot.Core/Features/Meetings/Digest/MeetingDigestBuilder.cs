using PmgBot.Core.Directory;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using PmgBot.Core.Data;
using PmgBot.Core.Features.Meetings.Agenda;
using PmgBot.Core.Features.Meetings.AgendaItems;
using PmgBot.Core.Features.Meetings.Bookings;
using PmgBot.Core.Features.Meetings.Calendar;
using PmgBot.Core.Features.Meetings.Series;
using PmgBot.Core.Register;

namespace PmgBot.Core.Features.Meetings.Digest;

/// <summary>
/// Computes the digest of one meeting from its agenda (read by the caller: the chair's flow through
/// <see cref="IMeetingAgendaService"/>, the job through <see cref="MeetingAgendaBuilder"/>): counts per kind and level,
/// the planned order (<see cref="AgendaPlanner"/>) with each organisation's window, the calendar calls still to make
/// (<see cref="BookingDiff"/> against <see cref="IBookingStore"/>) and the core members' conflicts (free/busy through
/// <see cref="ICalendarGateway"/>). No access check and no audit: the callers do both.
/// </summary>
public sealed class MeetingDigestBuilder(PmgDbContext db, ICalendarGateway calendar, IBookingStore bookings, AgendaPlanner planner)
{
    public async Task<MeetingDigest> BuildAsync(MeetingAgenda agenda, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(agenda);
        var jppId = agenda.JppId;
        var jppName = await db.Jpps.AsNoTracking().Where(j => j.Id == jppId).Select(j => j.Name).SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false)
            ?? jppId;
        var series = await db.Set<MeetingSeries>().AsNoTracking().Include(s => s.Members)
            .SingleOrDefaultAsync(s => s.JppId == jppId, cancellationToken).ConfigureAwait(false);
        // The whole meeting: the core members, and the chairs and procesregisseur who run it.
        var coreIds = series?.Members.Select(m => m.ProfessionalId).Distinct(StringComparer.Ordinal).ToList() ?? [];
        var people = await db.Professionals.AsNoTracking()
            .Where(p => coreIds.Contains(p.AadObjectId) && p.Active && p.Email != null)
            .Select(p => new { p.AadObjectId, p.Email, p.DisplayName })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        // Ordered here, not by the database: the two providers collate differently.
        var core = people.OrderBy(p => p.DisplayName, StringComparer.Ordinal).ThenBy(p => p.AadObjectId, StringComparer.Ordinal)
            .Select(p => new CalendarAttendee(p.Email!, p.DisplayName, AttendeeKind.Required))
            .ToList();
        var youthIds = agenda.Items.Where(i => i.YouthId is not null).Select(i => i.YouthId!.Value).ToList();
        var levels = await db.Youths.AsNoTracking().Where(y => youthIds.Contains(y.Id)).Select(y => new { y.Id, y.Level })
            .ToDictionaryAsync(y => y.Id, y => y.Level, cancellationToken).ConfigureAwait(false);

        var start = Utc(agenda.StartsAtUtc);
        var end = agenda.EndsAtUtc is { } ends ? Utc(ends) : start.AddMinutes(agenda.Items.Sum(i => i.Minutes));
        var window = new CalendarWindow(start, end);
        var request = AgendaRequests.From(agenda);
        var planned = agenda.Items.Count == 0 ? AgendaPlanResult.Planned(new AgendaPlan([], 0, 0, new Dictionary<string, AgendaWindow>())) : planner.Plan(request);
        var plan = planned.Plan;
        var names = agenda.Items.SelectMany(i => i.Organisations).DistinctBy(o => o.OrganisationId)
            .ToDictionary(o => o.OrganisationId, o => o.Name, StringComparer.Ordinal);

        var items = Items(agenda, plan, levels, names);
        var windows = plan is null
            ? []
            : plan.Windows.Select(w => new DigestWindow(
                    w.Key, names.GetValueOrDefault(w.Key, w.Key), w.Value.Start, w.Value.End,
                    agenda.Items.Count(i => i.Organisations.Any(o => o.OrganisationId == w.Key))))
                .ToList();

        MeetingBookingPlan? bookingPlan = null;
        var toSend = 0;
        IReadOnlyList<StoredBooking> stored = [];
        if (series is not null && plan is not null)
        {
            var meetingId = agenda.MeetingId.ToString(CultureInfo.InvariantCulture);
            bookingPlan = BookingPlanBuilder.Build(
                new MeetingBookingPlan(meetingId, AgendaVersion(agenda), PlaceName(jppName), series.OrganizerMailbox, window, core, []),
                request,
                plan,
                Invited(agenda));
            stored = await bookings.ListAsync(meetingId, cancellationToken).ConfigureAwait(false);
            var meetingEvent = stored.FirstOrDefault(s => s.OrganisationId is null);
            toSend = BookingDiff.MeetingSteps(bookingPlan, meetingEvent).Count
                + BookingDiff.WindowSteps(bookingPlan, [.. stored.Where(s => s.OrganisationId is not null)], meetingEvent?.JoinUrl).Count;
        }

        var conflicts = series is null || core.Count == 0
            ? new DigestConflicts(false, 0, [])
            : await ConflictsAsync(series.OrganizerMailbox, core, window, stored.Any(s => s.OrganisationId is null), cancellationToken).ConfigureAwait(false);
        var counts = new DigestCounts(
            agenda.Items.Count(i => i.Kind == AgendaItemKind.Nieuw),
            agenda.Items.Count(i => i.Kind == AgendaItemKind.Vervolg),
            agenda.Items.Count(i => i.Kind == AgendaItemKind.OpAfschalen),
            Level(items, YouthLevel.Geen),
            Level(items, YouthLevel.Groen),
            Level(items, YouthLevel.Oranje),
            Level(items, YouthLevel.Rood),
            items.Count(i => i.Level is null),
            toSend);
        return new MeetingDigest(
            agenda.MeetingId, jppId, jppName, agenda.StartsAtUtc, end.UtcDateTime, agenda.OnDayOff, agenda.ProposedStartsAtUtc,
            counts, conflicts, items, windows, plan?.WaitingMinutes ?? 0, plan?.ArrivalOrderWaitingMinutes ?? 0, planned.Errors, bookingPlan);
    }

    /// <summary>
    /// A version of the agenda for the bookings' transaction ids: the same items with the same minutes give the same
    /// number, so a create sent again for an unchanged agenda finds the first event. A stable hash, not
    /// <see cref="string.GetHashCode()"/> (which differs per process).
    /// </summary>
    public static int AgendaVersion(MeetingAgenda agenda)
    {
        ArgumentNullException.ThrowIfNull(agenda);
        var text = string.Join(';', agenda.Items.OrderBy(i => i.ItemId).Select(i => string.Create(CultureInfo.InvariantCulture, $"{i.ItemId}:{i.Version}:{i.Minutes}")));
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(text));
        return BitConverter.ToInt32(hash, 0) & int.MaxValue;
    }

    private static List<DigestItem> Items(MeetingAgenda agenda, AgendaPlan? plan, Dictionary<long, YouthLevel> levels, Dictionary<string, string> names)
    {
        var bySubject = agenda.Items.ToDictionary(i => i.Subject, StringComparer.Ordinal);
        var order = plan?.Order.Select(s => bySubject[s]) ?? agenda.Items;
        var items = new List<DigestItem>();
        var minute = 0;
        foreach (var item in order)
        {
            YouthLevel? level = item.YouthId is { } youthId && levels.TryGetValue(youthId, out var known) ? known : null;
            items.Add(new DigestItem(
                item.Subject, item.Kind, level, minute, item.Minutes,
                [.. item.Organisations.Select(o => names.GetValueOrDefault(o.OrganisationId, o.Name))], item.ItemId));
            minute += item.Minutes;
        }

        return items;
    }

    private static Dictionary<string, IReadOnlyList<CalendarAttendee>> Invited(MeetingAgenda agenda) =>
        agenda.Items.SelectMany(i => i.Organisations)
            .GroupBy(o => o.OrganisationId, StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => (IReadOnlyList<CalendarAttendee>)[.. g.SelectMany(o => o.Invitees)
                    .Where(p => !string.IsNullOrWhiteSpace(p.Email))
                    .DistinctBy(p => p.ProfessionalId, StringComparer.Ordinal)
                    .Select(p => new CalendarAttendee(p.Email!, p.DisplayName))],
                StringComparer.Ordinal);

    /// <summary>
    /// Core members not free during the meeting. Once the meeting's own event is booked it is in their calendars too, so
    /// a busy stretch that is exactly the meeting is that event, not a conflict (another appointment that overlaps it
    /// makes the stretch longer, or is of another kind, and still shows).
    /// </summary>
    private async Task<DigestConflicts> ConflictsAsync(
        string organizer, List<CalendarAttendee> core, CalendarWindow window, bool meetingBooked, CancellationToken cancellationToken)
    {
        var emails = core.Select(c => c.Email).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var result = await calendar.GetFreeBusyAsync(new FreeBusyQuery(organizer, emails, window), cancellationToken).ConfigureAwait(false);
        var known = result.Mailboxes.Where(m => m.State == FreeBusyState.Known).ToList();
        var conflicts = new List<DigestConflict>();
        foreach (var mailbox in known)
        {
            var busy = mailbox.Busy
                .Where(b => b.Kind != BusyKind.Elsewhere && b.Start < window.End && b.End > window.Start)
                .Where(b => !(meetingBooked && b.Start == window.Start && b.End == window.End))
                .OrderByDescending(b => b.Kind)
                .FirstOrDefault();
            if (busy is not null)
            {
                var member = core.FirstOrDefault(c => string.Equals(c.Email, mailbox.Mailbox, StringComparison.OrdinalIgnoreCase));
                conflicts.Add(new DigestConflict(member?.Name ?? mailbox.Mailbox, busy.Kind));
            }
        }

        return new DigestConflicts(known.Count > 0, known.Count, conflicts);
    }

    /// <summary>
    /// The invitations say "Casusoverleg JPP Heerlen" (<see cref="BookingTexts"/>) and the directory names a JPP "JPP
    /// Heerlen": the place name only, so it does not read "JPP JPP Heerlen".
    /// </summary>
    public static string PlaceName(string jppName)
    {
        ArgumentNullException.ThrowIfNull(jppName);
        return jppName.StartsWith("JPP ", StringComparison.OrdinalIgnoreCase) ? jppName[4..].TrimStart() : jppName;
    }

    private static int Level(List<DigestItem> items, YouthLevel level) => items.Count(i => i.Level == level);

    private static DateTimeOffset Utc(DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Utc));
}
