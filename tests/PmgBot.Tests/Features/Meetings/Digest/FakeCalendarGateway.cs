using PmgBot.Jobs;
using PmgBot.Core.Outbox;
using PmgBot.Core.Register;
using PmgBot.Core.Directory;
using System.Collections.Concurrent;
using PmgBot.Core.Features.Meetings.Calendar;

namespace PmgBot.Tests.Features.Meetings.Digest;

/// <summary>
/// A calendar that books everything (ids e-1, e-2, …) and answers free/busy from <see cref="Schedules"/> (a mailbox not
/// in it is unknown); <see cref="FailWindowsWith"/> makes every window create fail that way, to see a run stop.
/// </summary>
internal sealed class FakeCalendarGateway : ICalendarGateway
{
    private int _next;

    public ConcurrentDictionary<string, IReadOnlyList<BusyInterval>> Schedules { get; } = new(StringComparer.OrdinalIgnoreCase);

    public CalendarOutcome? FailWindowsWith { get; set; }

    public ConcurrentQueue<string> Calls { get; } = new();

    public string JoinUrl { get; set; } = "https://teams.example/l/meetup-join/1";

    public Task<OnlineMeetingBooking> CreateOnlineMeetingAsync(OnlineMeetingRequest request, CancellationToken cancellationToken)
    {
        Calls.Enqueue("create-meeting");
        return Task.FromResult(new OnlineMeetingBooking(CalendarStatus.Booked, NextId(), JoinUrl, JoinLinkStatus.Present));
    }

    public Task<CalendarEventBooking> CreateWindowEventAsync(WindowEventRequest request, CancellationToken cancellationToken)
    {
        Calls.Enqueue("create-window");
        return Task.FromResult(FailWindowsWith is { } outcome
            ? new CalendarEventBooking(CalendarStatus.Failed(outcome, "test"), null)
            : new CalendarEventBooking(CalendarStatus.Booked, NextId()));
    }

    public Task<CalendarUpdateResult> UpdateEventAsync(CalendarEventUpdate update, CancellationToken cancellationToken)
    {
        Calls.Enqueue("update");
        return Task.FromResult(new CalendarUpdateResult(CalendarStatus.Booked, JoinUrl, JoinLinkStatus.Present, false));
    }

    public Task<CalendarUpdateResult> ReadJoinLinkAsync(CalendarEventRef meetingEvent, string? knownJoinUrl, CancellationToken cancellationToken) =>
        Task.FromResult(new CalendarUpdateResult(CalendarStatus.Booked, JoinUrl, JoinLinkStatus.Present, false));

    public Task<CalendarStatus> CancelEventAsync(CalendarCancellation cancellation, CancellationToken cancellationToken)
    {
        Calls.Enqueue("cancel");
        return Task.FromResult(CalendarStatus.Booked);
    }

    public Task<FreeBusyResult> GetFreeBusyAsync(FreeBusyQuery query, CancellationToken cancellationToken)
    {
        Calls.Enqueue("free-busy");
        return Task.FromResult(new FreeBusyResult(CalendarStatus.Booked, [.. query.Mailboxes.Select(m => Schedules.TryGetValue(m, out var busy)
            ? new MailboxFreeBusy(m, FreeBusyState.Known, busy)
            : new MailboxFreeBusy(m, FreeBusyState.Unknown, []))]));
    }

    private string NextId() => "e-" + Interlocked.Increment(ref _next).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
