using Ical.Net.CalendarComponents;
using Microsoft.Extensions.Logging;

namespace PmgBot.Core.Features.Meetings.Calendar;

/// <summary>
/// The embedded default without Graph settings: every booking is checked and answered like Graph would, but the
/// invitation is written as an .ics file (UID = transaction id, Europe/Amsterdam with its VTIMEZONE, SEQUENCE up on
/// every change, METHOD:CANCEL for a cancellation) and every answer says that calendars were not updated.
/// There is no free/busy: every mailbox is <see cref="FreeBusyState.Unknown"/>.
/// </summary>
public sealed class IcsCalendarGateway(IcsFolder folder, TimeProvider time, ILogger<IcsCalendarGateway> logger) : ICalendarGateway, IDisposable
{
    // One writer at a time: an update reads the newest file and writes the next sequence.
    private readonly SemaphoreSlim _gate = new(1, 1);

    public async Task<OnlineMeetingBooking> CreateOnlineMeetingAsync(OnlineMeetingRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (Refused("create-meeting", request.OrganizerMailbox, CalendarRequestRules.Check(request)) is { } refused)
        {
            return new OnlineMeetingBooking(refused, null, null, JoinLinkStatus.NotApplicable);
        }

        var status = await CreateAsync("create-meeting", request.OrganizerMailbox, request.TransactionId, request.Subject, request.BodyText, request.Window, request.Attendees, cancellationToken).ConfigureAwait(false);
        return status.IsDone
            ? new OnlineMeetingBooking(status, request.TransactionId, null, JoinLinkStatus.NotCreated)
            : new OnlineMeetingBooking(status, null, null, JoinLinkStatus.NotApplicable);
    }

    public async Task<CalendarEventBooking> CreateWindowEventAsync(WindowEventRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (Refused("create-window", request.OrganizerMailbox, CalendarRequestRules.Check(request)) is { } refused)
        {
            return new CalendarEventBooking(refused, null);
        }

        var status = await CreateAsync("create-window", request.OrganizerMailbox, request.TransactionId, request.Subject, request.Body.Compose(), request.Window, request.Attendees, cancellationToken).ConfigureAwait(false);
        return new CalendarEventBooking(status, status.IsDone ? request.TransactionId : null);
    }

    public async Task<CalendarUpdateResult> UpdateEventAsync(CalendarEventUpdate update, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(update);
        var noLink = update.Kind == CalendarEventKind.OnlineMeeting ? JoinLinkStatus.NotCreated : JoinLinkStatus.NotApplicable;
        if (Refused("update", update.Event?.Mailbox, CalendarRequestRules.Check(update)) is { } refused)
        {
            return new CalendarUpdateResult(refused, null, JoinLinkStatus.NotApplicable, false);
        }

        var status = await ChangeAsync("update", update.Event!, cancel: false, calendarEvent =>
        {
            if (update.Window is not null)
            {
                IcsInvitation.SetTimes(calendarEvent, update.Window);
            }

            if (update.Attendees is not null)
            {
                IcsInvitation.SetAttendees(calendarEvent, update.Attendees);
            }

            if (update.Body is not null)
            {
                calendarEvent.Description = update.Body.Compose();
            }
        }, cancellationToken).ConfigureAwait(false);
        return new CalendarUpdateResult(status, null, status.IsDone ? noLink : JoinLinkStatus.NotApplicable, false);
    }

    public async Task<CalendarUpdateResult> ReadJoinLinkAsync(CalendarEventRef meetingEvent, string? knownJoinUrl, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(meetingEvent);
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var current = await ReadCurrentAsync("read-join-link", meetingEvent, cancellationToken).ConfigureAwait(false);
            return current.Status.IsDone
                ? new CalendarUpdateResult(CalendarStatus.IcsOnly, null, JoinLinkStatus.NotCreated, false)
                : new CalendarUpdateResult(current.Status, null, JoinLinkStatus.NotApplicable, false);
        }
        catch (IOException exception)
        {
            return new CalendarUpdateResult(FileFailed("read-join-link", meetingEvent.Mailbox, exception), null, JoinLinkStatus.NotApplicable, false);
        }
        finally
        {
            _gate.Release();
        }
    }

    public Task<CalendarStatus> CancelEventAsync(CalendarCancellation cancellation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cancellation);
        if (Refused("cancel", cancellation.Event?.Mailbox, CalendarRequestRules.Check(cancellation)) is { } refused)
        {
            return Task.FromResult(refused);
        }

        return ChangeAsync("cancel", cancellation.Event!, cancel: true, calendarEvent =>
        {
            calendarEvent.Status = "CANCELLED";
            calendarEvent.Comments.Clear();
            calendarEvent.Comments.Add(cancellation.Comment);
        }, cancellationToken);
    }

    public Task<FreeBusyResult> GetFreeBusyAsync(FreeBusyQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (Refused("free-busy", query.OrganizerMailbox, CalendarRequestRules.Check(query)) is { } refused)
        {
            return Task.FromResult(new FreeBusyResult(refused, []));
        }

        IReadOnlyList<MailboxFreeBusy> unknown = [.. query.Mailboxes.Select(m => new MailboxFreeBusy(m, FreeBusyState.Unknown, []))];
        return Task.FromResult(new FreeBusyResult(CalendarStatus.IcsOnly, unknown));
    }

    public void Dispose() => _gate.Dispose();

    private async Task<CalendarStatus> CreateAsync(
        string operation, string organizer, string uid, string subject, string description, CalendarWindow window,
        IReadOnlyList<CalendarAttendee> attendees, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // Like Graph's transactionId: a create sent again answers with the event made the first time.
            if (folder.Latest(uid) is not null)
            {
                return CalendarStatus.IcsOnly;
            }

            var calendarEvent = IcsInvitation.NewEvent(uid, organizer, subject, description, window, attendees, time.GetUtcNow());
            await folder.WriteAsync(uid, 0, cancel: false, IcsInvitation.Request(calendarEvent), cancellationToken).ConfigureAwait(false);
            IcsCalendarLog.Written(logger, operation, MailboxLogRef.Of(organizer), 0);
            return CalendarStatus.IcsOnly;
        }
        catch (IOException exception)
        {
            return FileFailed(operation, organizer, exception);
        }
        catch (UnauthorizedAccessException exception)
        {
            return FileFailed(operation, organizer, exception);
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<CalendarStatus> ChangeAsync(
        string operation, CalendarEventRef eventRef, bool cancel, Action<CalendarEvent> change, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var current = await ReadCurrentAsync(operation, eventRef, cancellationToken).ConfigureAwait(false);
            if (current.Event is null)
            {
                return current.Status;
            }

            var calendarEvent = current.Event;
            change(calendarEvent);
            calendarEvent.Sequence = current.Sequence + 1;
            IcsInvitation.Stamp(calendarEvent, time.GetUtcNow());
            var text = cancel ? IcsInvitation.Cancel(calendarEvent) : IcsInvitation.Request(calendarEvent);
            await folder.WriteAsync(eventRef.EventId, calendarEvent.Sequence, cancel, text, cancellationToken).ConfigureAwait(false);
            IcsCalendarLog.Written(logger, operation, MailboxLogRef.Of(eventRef.Mailbox), calendarEvent.Sequence);
            return CalendarStatus.IcsOnly;
        }
        catch (IOException exception)
        {
            return FileFailed(operation, eventRef.Mailbox, exception);
        }
        catch (UnauthorizedAccessException exception)
        {
            return FileFailed(operation, eventRef.Mailbox, exception);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>The newest version of an event; NotFound like Graph for an unknown, cancelled or foreign event.</summary>
    private async Task<(CalendarStatus Status, CalendarEvent? Event, int Sequence)> ReadCurrentAsync(
        string operation, CalendarEventRef eventRef, CancellationToken cancellationToken)
    {
        var latest = folder.Latest(eventRef.EventId);
        if (latest is null || latest.IsCancellation)
        {
            return (NotFound(operation, eventRef.Mailbox, latest is null ? "no such event" : "event is cancelled"), null, 0);
        }

        var text = await File.ReadAllTextAsync(latest.Path, cancellationToken).ConfigureAwait(false);
        var (calendarEvent, organizer) = IcsInvitation.Load(text);
        if (!string.Equals(organizer, eventRef.Mailbox.Trim(), StringComparison.OrdinalIgnoreCase))
        {
            return (NotFound(operation, eventRef.Mailbox, "event is not in this mailbox"), null, 0);
        }

        return (CalendarStatus.IcsOnly, calendarEvent, latest.Sequence);
    }

    private CalendarStatus NotFound(string operation, string mailbox, string reason)
    {
        IcsCalendarLog.Refused(logger, operation, MailboxLogRef.Of(mailbox), CalendarOutcome.NotFound, reason);
        return CalendarStatus.Failed(CalendarOutcome.NotFound, reason);
    }

    private CalendarStatus? Refused(string operation, string? mailbox, string? problem)
    {
        if (problem is null)
        {
            return null;
        }

        IcsCalendarLog.Refused(logger, operation, MailboxLogRef.Of(mailbox), CalendarOutcome.Invalid, problem);
        return CalendarStatus.Invalid(problem);
    }

    private CalendarStatus FileFailed(string operation, string mailbox, Exception exception)
    {
        IcsCalendarLog.FileFailed(logger, operation, MailboxLogRef.Of(mailbox), exception);
        return CalendarStatus.Failed(CalendarOutcome.Unavailable, "the .ics file could not be read or written: " + exception.GetType().Name);
    }
}
