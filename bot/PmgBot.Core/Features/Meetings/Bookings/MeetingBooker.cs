using PmgBot.Core.Features.Meetings.Calendar;

namespace PmgBot.Core.Features.Meetings.Bookings;

/// <summary>
/// Books a confirmed agenda: the meeting's own event first, then the organisations' windows with its join link, each
/// result saved as soon as the gateway confirms it. It stops at the first call that fails (forbidden, throttled after
/// the SDK's retries, unavailable) and reports what was and was not booked; running it again continues there, and a
/// create sent twice is absorbed by its transactionId. An event deleted in Outlook (404) is booked again; one already
/// gone when it should be cancelled counts as cancelled.
/// </summary>
public sealed class MeetingBooker(ICalendarGateway gateway, IBookingStore store)
{
    public async Task<BookingReport> BookAsync(MeetingBookingPlan plan, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var run = new Run();
        var stored = await store.ListAsync(plan.MeetingId, cancellationToken).ConfigureAwait(false);
        var meeting = stored.FirstOrDefault(s => s.OrganisationId is null);
        run.KnownJoinUrl = meeting?.JoinUrl;
        // A second round only when the meeting's event was gone (404): it is booked again before the windows, which need its link.
        for (var round = 0; round < 2 && run.StoppedAt is null && (round == 0 || meeting is null); round++)
        {
            foreach (var step in BookingDiff.MeetingSteps(plan, meeting))
            {
                meeting = await MeetingAsync(plan, step, meeting, run, cancellationToken).ConfigureAwait(false);
            }
        }

        if (run.StoppedAt is not null)
        {
            return run.Report(1 + BookingDiff.WindowSteps(plan, stored, null).Count);
        }

        var joinUrl = meeting?.JoinUrl;
        var windows = stored.Where(s => s.OrganisationId is not null).ToList();
        var steps = BookingDiff.WindowSteps(plan, windows, joinUrl);
        for (var i = 0; i < steps.Count; i++)
        {
            var again = await WindowAsync(plan, steps[i], windows, run, joinUrl, cancellationToken).ConfigureAwait(false);
            if (run.StoppedAt is not null)
            {
                return run.Report(steps.Count - i);
            }

            if (again is not null)
            {
                steps = [.. steps, .. again];
            }
        }

        return run.Report(0);
    }

    private async Task<StoredBooking?> MeetingAsync(MeetingBookingPlan plan, BookingStep step, StoredBooking? meeting, Run run, CancellationToken cancellationToken)
    {
        var emails = plan.CoreMembers.Select(a => a.Email).ToList();
        switch (step)
        {
            case CreateMeetingStep create:
                var booked = await gateway.CreateOnlineMeetingAsync(create.Request, cancellationToken).ConfigureAwait(false);
                if (!run.Record(null, booked.Status) || booked.EventId is null)
                {
                    return null;
                }

                var created = new StoredBooking(null, new CalendarEventRef(plan.OrganizerMailbox, booked.EventId), plan.Meeting, emails, null, booked.JoinUrl);
                run.JoinLinkChanged |= run.KnownJoinUrl is not null && run.KnownJoinUrl != booked.JoinUrl;
                run.JoinLinkMissing = booked.JoinLink is JoinLinkStatus.Missing or JoinLinkStatus.TeamsNotAllowed;
                await store.SaveAsync(plan.MeetingId, created, cancellationToken).ConfigureAwait(false);
                return created;
            case UpdateBookingStep update:
                var result = await gateway.UpdateEventAsync(update.Update, cancellationToken).ConfigureAwait(false);
                if (result.Status.Outcome == CalendarOutcome.NotFound)
                {
                    await store.RemoveAsync(plan.MeetingId, null, cancellationToken).ConfigureAwait(false);
                    return null;
                }

                if (!run.Record(null, result.Status))
                {
                    return meeting;
                }

                run.JoinLinkChanged |= result.JoinUrlChanged;
                run.JoinLinkMissing = result.JoinLink is JoinLinkStatus.Missing or JoinLinkStatus.TeamsNotAllowed;
                var updated = meeting! with { Window = plan.Meeting, AttendeeEmails = emails, JoinUrl = result.JoinUrl ?? meeting.JoinUrl };
                await store.SaveAsync(plan.MeetingId, updated, cancellationToken).ConfigureAwait(false);
                return updated;
            default:
                throw new InvalidOperationException("Not a step of the meeting's own event: " + step.GetType().Name);
        }
    }

    /// <returns>Steps to add when an event turned out to be gone and must be booked again.</returns>
    private async Task<IReadOnlyList<BookingStep>?> WindowAsync(
        MeetingBookingPlan plan, BookingStep step, List<StoredBooking> windows, Run run, string? joinUrl, CancellationToken cancellationToken)
    {
        var organisation = plan.Organisations.FirstOrDefault(o => o.OrganisationId == step.OrganisationId);
        switch (step)
        {
            case CreateWindowStep create:
                var booked = await gateway.CreateWindowEventAsync(create.Request, cancellationToken).ConfigureAwait(false);
                if (run.Record(create.Organisation, booked.Status) && booked.EventId is not null)
                {
                    await store.SaveAsync(plan.MeetingId, Stored(organisation!, new CalendarEventRef(plan.OrganizerMailbox, booked.EventId), create.Request.Body), cancellationToken).ConfigureAwait(false);
                }

                return null;
            case UpdateBookingStep update:
                var result = await gateway.UpdateEventAsync(update.Update, cancellationToken).ConfigureAwait(false);
                if (result.Status.Outcome == CalendarOutcome.NotFound)
                {
                    await store.RemoveAsync(plan.MeetingId, update.Organisation, cancellationToken).ConfigureAwait(false);
                    windows.RemoveAll(w => w.OrganisationId == update.Organisation);
                    return BookingDiff.WindowSteps(plan with { Organisations = [organisation!] }, [], joinUrl);
                }

                if (run.Record(update.Organisation, result.Status))
                {
                    var body = new EventBody(BookingTexts.WindowBody(plan.JppName, organisation!.Window, organisation.CaseCount), joinUrl);
                    await store.SaveAsync(plan.MeetingId, Stored(organisation, update.Update.Event, body), cancellationToken).ConfigureAwait(false);
                }

                return null;
            case CancelBookingStep cancel:
                var status = await gateway.CancelEventAsync(cancel.Cancellation, cancellationToken).ConfigureAwait(false);
                if (status.Outcome == CalendarOutcome.NotFound || run.Record(cancel.Organisation, status))
                {
                    await store.RemoveAsync(plan.MeetingId, cancel.Organisation, cancellationToken).ConfigureAwait(false);
                }

                return null;
            default:
                throw new InvalidOperationException("Not a step of a window event: " + step.GetType().Name);
        }
    }

    private static StoredBooking Stored(OrganisationBooking organisation, CalendarEventRef booked, EventBody body) =>
        new(organisation.OrganisationId, booked, organisation.Window, organisation.Attendees.Select(a => a.Email).ToList(), body.Text, body.JoinUrl);

    private sealed class Run
    {
        private int _done;

        public BookingFailure? StoppedAt { get; private set; }

        public bool CalendarsUpdated { get; private set; } = true;

        public bool JoinLinkMissing { get; set; }

        /// <summary>The meeting's join link before this run, to tell the chair when a re-booked event got another.</summary>
        public string? KnownJoinUrl { get; set; }

        public bool JoinLinkChanged { get; set; }

        public bool Record(string? organisationId, CalendarStatus status)
        {
            if (!status.IsDone)
            {
                StoppedAt = new BookingFailure(organisationId, status.Outcome, status.Reason);
                return false;
            }

            _done++;
            CalendarsUpdated &= status.CalendarsUpdated;
            return true;
        }

        public BookingReport Report(int remaining) =>
            new(_done, remaining, StoppedAt, CalendarsUpdated, JoinLinkMissing, JoinLinkChanged);
    }
}
