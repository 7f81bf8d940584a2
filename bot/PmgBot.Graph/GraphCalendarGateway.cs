using Microsoft.Extensions.Logging;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Users.Item.Calendar.GetSchedule;
using Microsoft.Graph.Users.Item.Events.Item.Cancel;
using PmgBot.Core.Features.Meetings.Calendar;

namespace PmgBot.Graph;

/// <summary>
/// <see cref="ICalendarGateway"/> on Microsoft Graph (SDK 5, app-only). Every call goes through the organizer mailbox's
/// request slots (<see cref="MailboxConcurrency"/>); retries are the SDK's own (429/503/504 with Retry-After). No
/// answer is read for its times, so no <c>Prefer: outlook.timezone</c> header is needed (it shapes GET answers only).
/// </summary>
public sealed class GraphCalendarGateway(
    GraphServiceClientSource clients, MailboxConcurrency concurrency, ILogger<GraphCalendarGateway> logger) : ICalendarGateway
{
    private static readonly string[] JoinLinkFields = ["id", "isOnlineMeeting", "onlineMeetingProvider", "onlineMeeting"];

    public async Task<OnlineMeetingBooking> CreateOnlineMeetingAsync(OnlineMeetingRequest request, CancellationToken cancellationToken)
    {
        const string operation = "create-meeting";
        ArgumentNullException.ThrowIfNull(request);
        var mailbox = request.OrganizerMailbox?.Trim() ?? string.Empty;
        if (Refused(operation, mailbox, CalendarRequestRules.Check(request)) is { } refused)
        {
            return new OnlineMeetingBooking(refused, null, null, JoinLinkStatus.NotApplicable);
        }

        using var client = clients.Create();
        Event? created;
        try
        {
            created = await CallAsync(mailbox, token => client.Users[mailbox].Events.PostAsync(GraphEvents.OnlineMeeting(request), cancellationToken: token), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (GraphFailure.From(exception, cancellationToken) is { } status)
        {
            return new OnlineMeetingBooking(Failed(operation, mailbox, status), null, null, JoinLinkStatus.NotApplicable);
        }

        if (string.IsNullOrEmpty(created?.Id))
        {
            var noId = CalendarStatus.Failed(CalendarOutcome.Unavailable, "create answer without an event id");
            return new OnlineMeetingBooking(Failed(operation, mailbox, noId), null, null, JoinLinkStatus.NotApplicable);
        }

        GraphCalendarLog.Done(logger, operation, MailboxLogRef.Of(mailbox));
        var (joinUrl, joinLink, note) = await JoinLinkAfterCreateAsync(client, mailbox, created.Id, created, cancellationToken).ConfigureAwait(false);
        return new OnlineMeetingBooking(Booked(note), created.Id, joinUrl, joinLink);
    }

    public async Task<CalendarEventBooking> CreateWindowEventAsync(WindowEventRequest request, CancellationToken cancellationToken)
    {
        const string operation = "create-window";
        ArgumentNullException.ThrowIfNull(request);
        var mailbox = request.OrganizerMailbox?.Trim() ?? string.Empty;
        if (Refused(operation, mailbox, CalendarRequestRules.Check(request)) is { } refused)
        {
            return new CalendarEventBooking(refused, null);
        }

        using var client = clients.Create();
        try
        {
            var created = await CallAsync(mailbox, token => client.Users[mailbox].Events.PostAsync(GraphEvents.Window(request), cancellationToken: token), cancellationToken).ConfigureAwait(false);
            if (string.IsNullOrEmpty(created?.Id))
            {
                return new CalendarEventBooking(Failed(operation, mailbox, CalendarStatus.Failed(CalendarOutcome.Unavailable, "create answer without an event id")), null);
            }

            GraphCalendarLog.Done(logger, operation, MailboxLogRef.Of(mailbox));
            return new CalendarEventBooking(CalendarStatus.Booked, created.Id);
        }
        catch (Exception exception) when (GraphFailure.From(exception, cancellationToken) is { } status)
        {
            return new CalendarEventBooking(Failed(operation, mailbox, status), null);
        }
    }

    public async Task<CalendarUpdateResult> UpdateEventAsync(CalendarEventUpdate update, CancellationToken cancellationToken)
    {
        const string operation = "update";
        ArgumentNullException.ThrowIfNull(update);
        var mailbox = update.Event?.Mailbox?.Trim() ?? string.Empty;
        if (Refused(operation, mailbox, CalendarRequestRules.Check(update)) is { } refused)
        {
            return new CalendarUpdateResult(refused, null, JoinLinkStatus.NotApplicable, false);
        }

        var eventId = update.Event!.EventId;
        using var client = clients.Create();
        try
        {
            await CallAsync(mailbox, token => client.Users[mailbox].Events[eventId].PatchAsync(GraphEvents.Patch(update), cancellationToken: token), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (GraphFailure.From(exception, cancellationToken) is { } status)
        {
            return new CalendarUpdateResult(Failed(operation, mailbox, status), null, JoinLinkStatus.NotApplicable, false);
        }

        GraphCalendarLog.Done(logger, operation, MailboxLogRef.Of(mailbox));
        if (update.Kind != CalendarEventKind.OnlineMeeting)
        {
            return new CalendarUpdateResult(CalendarStatus.Booked, null, JoinLinkStatus.NotApplicable, false);
        }

        // The join link has been seen to vanish or be renewed after updates (msgraph-sdk-dotnet #2895): read it back.
        var reread = await ReadJoinLinkCoreAsync(operation, client, mailbox, eventId, update.KnownJoinUrl, cancellationToken).ConfigureAwait(false);
        return reread.Status.IsDone
            ? reread
            : new CalendarUpdateResult(Booked("changed, but the join link could not be read again: " + reread.Status.Reason), null, JoinLinkStatus.Missing, false);
    }

    public Task<CalendarUpdateResult> ReadJoinLinkAsync(CalendarEventRef meetingEvent, string? knownJoinUrl, CancellationToken cancellationToken)
    {
        const string operation = "read-join-link";
        ArgumentNullException.ThrowIfNull(meetingEvent);
        var mailbox = meetingEvent.Mailbox?.Trim() ?? string.Empty;
        var problem = !CalendarRequestRules.IsMailbox(mailbox) ? "event mailbox is not an e-mail address"
            : string.IsNullOrWhiteSpace(meetingEvent.EventId) ? "event id is missing"
            : null;
        if (Refused(operation, mailbox, problem) is { } refused)
        {
            return Task.FromResult(new CalendarUpdateResult(refused, null, JoinLinkStatus.NotApplicable, false));
        }

        return ReadAsync();

        async Task<CalendarUpdateResult> ReadAsync()
        {
            using var client = clients.Create();
            return await ReadJoinLinkCoreAsync(operation, client, mailbox, meetingEvent.EventId, knownJoinUrl, cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task<CalendarStatus> CancelEventAsync(CalendarCancellation cancellation, CancellationToken cancellationToken)
    {
        const string operation = "cancel";
        ArgumentNullException.ThrowIfNull(cancellation);
        var mailbox = cancellation.Event?.Mailbox?.Trim() ?? string.Empty;
        if (Refused(operation, mailbox, CalendarRequestRules.Check(cancellation)) is { } refused)
        {
            return refused;
        }

        var eventId = cancellation.Event!.EventId;
        using var client = clients.Create();
        try
        {
            await CallAsync(mailbox, async token =>
            {
                await client.Users[mailbox].Events[eventId].Cancel.PostAsync(new CancelPostRequestBody { Comment = cancellation.Comment }, cancellationToken: token).ConfigureAwait(false);
                return true;
            }, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (GraphFailure.From(exception, cancellationToken) is { } status)
        {
            return Failed(operation, mailbox, status);
        }

        GraphCalendarLog.Done(logger, operation, MailboxLogRef.Of(mailbox));
        return CalendarStatus.Booked;
    }

    public async Task<FreeBusyResult> GetFreeBusyAsync(FreeBusyQuery query, CancellationToken cancellationToken)
    {
        const string operation = "free-busy";
        ArgumentNullException.ThrowIfNull(query);
        var mailbox = query.OrganizerMailbox?.Trim() ?? string.Empty;
        if (Refused(operation, mailbox, CalendarRequestRules.Check(query)) is { } refused)
        {
            return new FreeBusyResult(refused, []);
        }

        var asked = query.Mailboxes.Select(m => m.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var found = new Dictionary<string, MailboxFreeBusy>(StringComparer.OrdinalIgnoreCase);
        var status = CalendarStatus.Booked;
        using var client = clients.Create();
        foreach (var chunk in asked.Chunk(CalendarLimits.FreeBusyMailboxesPerCall))
        {
            var body = new GetSchedulePostRequestBody
            {
                Schedules = [.. chunk],
                StartTime = GraphEvents.Time(query.Window.Start),
                EndTime = GraphEvents.Time(query.Window.End),
                AvailabilityViewInterval = (int)CalendarLimits.FreeBusySlot.TotalMinutes,
            };
            try
            {
                var answer = await CallAsync(mailbox, token => client.Users[mailbox].Calendar.GetSchedule.PostAsGetSchedulePostResponseAsync(body, cancellationToken: token), cancellationToken).ConfigureAwait(false);
                foreach (var schedule in answer?.Value ?? [])
                {
                    if (schedule.ScheduleId is { } id && chunk.FirstOrDefault(m => string.Equals(m, id.Trim(), StringComparison.OrdinalIgnoreCase)) is { } match)
                    {
                        found[match] = Read(match, schedule, query.Window, mailbox);
                    }
                }
            }
            catch (Exception exception) when (GraphFailure.From(exception, cancellationToken) is { } failure)
            {
                // Stop at the first failure (more calls would only add to a throttle); the rest stays Unknown.
                status = Failed(operation, mailbox, failure);
                break;
            }
        }

        if (status.IsDone)
        {
            GraphCalendarLog.Done(logger, operation, MailboxLogRef.Of(mailbox));
        }

        IReadOnlyList<MailboxFreeBusy> result =
        [
            .. query.Mailboxes.Select(m => found.TryGetValue(m.Trim(), out var known) ? known with { Mailbox = m } : new MailboxFreeBusy(m, FreeBusyState.Unknown, [])),
        ];
        return new FreeBusyResult(status, result);
    }

    private MailboxFreeBusy Read(string mailbox, ScheduleInformation schedule, CalendarWindow window, string organizer)
    {
        if (schedule.Error is { } error)
        {
            // Graph's message can quote the address; only the response code is kept.
            var code = GraphFailure.Code(error.ResponseCode) ?? "error";
            GraphCalendarLog.ScheduleError(logger, MailboxLogRef.Of(organizer), code);
            return new MailboxFreeBusy(mailbox, FreeBusyState.Error, [], code);
        }

        return new MailboxFreeBusy(mailbox, FreeBusyState.Known, AvailabilityView.Parse(schedule.AvailabilityView, window, CalendarLimits.FreeBusySlot));
    }

    /// <summary>The join link from the create answer, else from the event read again, else why there is none.</summary>
    private async Task<(string? JoinUrl, JoinLinkStatus JoinLink, string? Note)> JoinLinkAfterCreateAsync(
        GraphServiceClient client, string mailbox, string eventId, Event created, CancellationToken cancellationToken)
    {
        if (GraphEvents.TeamsJoinUrl(created) is { } fromCreate)
        {
            return (fromCreate, JoinLinkStatus.Present, null);
        }

        try
        {
            var reread = await CallAsync(mailbox, token => client.Users[mailbox].Events[eventId].GetAsync(r => r.QueryParameters.Select = JoinLinkFields, token), cancellationToken).ConfigureAwait(false);
            if (GraphEvents.TeamsJoinUrl(reread) is { } fromRead)
            {
                return (fromRead, JoinLinkStatus.Present, null);
            }

            // Still none: is Teams an allowed online-meeting provider of this calendar at all?
            var calendar = await CallAsync(mailbox, token => client.Users[mailbox].Calendar.GetAsync(r => r.QueryParameters.Select = ["allowedOnlineMeetingProviders"], token), cancellationToken).ConfigureAwait(false);
            var teamsAllowed = calendar?.AllowedOnlineMeetingProviders?.Contains(OnlineMeetingProviderType.TeamsForBusiness) == true;
            var status = teamsAllowed ? JoinLinkStatus.Missing : JoinLinkStatus.TeamsNotAllowed;
            GraphCalendarLog.NoJoinLink(logger, "create-meeting", MailboxLogRef.Of(mailbox), status);
            return (null, status, null);
        }
        catch (Exception exception) when (GraphFailure.From(exception, cancellationToken) is { } failure)
        {
            GraphCalendarLog.Failed(logger, "read-join-link", MailboxLogRef.Of(mailbox), failure.Outcome, failure.Reason);
            return (null, JoinLinkStatus.Missing, "booked, but the join link could not be read: " + failure.Reason);
        }
    }

    private async Task<CalendarUpdateResult> ReadJoinLinkCoreAsync(
        string operation, GraphServiceClient client, string mailbox, string eventId, string? knownJoinUrl, CancellationToken cancellationToken)
    {
        Event? graphEvent;
        try
        {
            graphEvent = await CallAsync(mailbox, token => client.Users[mailbox].Events[eventId].GetAsync(r => r.QueryParameters.Select = JoinLinkFields, token), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (GraphFailure.From(exception, cancellationToken) is { } status)
        {
            return new CalendarUpdateResult(Failed("read-join-link", mailbox, status), null, JoinLinkStatus.NotApplicable, false);
        }

        var joinUrl = GraphEvents.TeamsJoinUrl(graphEvent);
        var changed = knownJoinUrl is not null && !string.Equals(knownJoinUrl, joinUrl, StringComparison.Ordinal);
        if (changed)
        {
            GraphCalendarLog.JoinUrlChanged(logger, operation, MailboxLogRef.Of(mailbox));
        }

        if (joinUrl is null)
        {
            GraphCalendarLog.NoJoinLink(logger, operation, MailboxLogRef.Of(mailbox), JoinLinkStatus.Missing);
        }

        return new CalendarUpdateResult(CalendarStatus.Booked, joinUrl, joinUrl is null ? JoinLinkStatus.Missing : JoinLinkStatus.Present, changed);
    }

    private async Task<T> CallAsync<T>(string mailbox, Func<CancellationToken, Task<T>> call, CancellationToken cancellationToken)
    {
        using var slot = await concurrency.EnterAsync(mailbox, cancellationToken).ConfigureAwait(false);
        return await call(cancellationToken).ConfigureAwait(false);
    }

    private static CalendarStatus Booked(string? note) =>
        note is null ? CalendarStatus.Booked : CalendarStatus.Booked with { Reason = note };

    private CalendarStatus Failed(string operation, string mailbox, CalendarStatus status)
    {
        GraphCalendarLog.Failed(logger, operation, MailboxLogRef.Of(mailbox), status.Outcome, status.Reason);
        return status;
    }

    private CalendarStatus? Refused(string operation, string mailbox, string? problem)
    {
        if (problem is null)
        {
            return null;
        }

        var status = CalendarStatus.Invalid(problem);
        GraphCalendarLog.Failed(logger, operation, MailboxLogRef.Of(mailbox), status.Outcome, status.Reason);
        return status;
    }
}
