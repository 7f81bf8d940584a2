using PmgBot.Core.Features.Meetings.Calendar;
using PmgBot.Tests.Support;

namespace PmgBot.Tests.Features.Meetings.Calendar.Graph;

/// <summary>Graph's refusals and outages, the SDK's own retries (the only retry layer) and the per-mailbox limit.</summary>
public sealed class GraphFailureTests
{
    public enum Call
    {
        Create,
        Update,
        Cancel,
        FreeBusy,
    }

    public static TheoryData<Call, int, string, string?, CalendarOutcome, int> Answers => new()
    {
        // call, status, Graph error code, Retry-After, outcome, requests sent (1 + the SDK's 3 retries for 429/503/504)
        { Call.Create, 403, "ErrorAccessDenied", null, CalendarOutcome.Forbidden, 1 },
        { Call.Create, 401, "InvalidAuthenticationToken", null, CalendarOutcome.Forbidden, 1 },
        { Call.Create, 404, "ErrorInvalidUser", null, CalendarOutcome.NotFound, 1 },
        { Call.Create, 400, "ErrorInvalidRequest", null, CalendarOutcome.Invalid, 1 },
        { Call.Create, 500, "ErrorInternalServerError", null, CalendarOutcome.Unavailable, 1 },
        { Call.Create, 503, "ServiceUnavailable", "0", CalendarOutcome.Unavailable, 4 },
        { Call.Create, 504, "GatewayTimeout", "0", CalendarOutcome.Unavailable, 4 },
        { Call.Create, 429, "ApplicationThrottled", "0", CalendarOutcome.Throttled, 4 },
        { Call.Update, 404, "ErrorItemNotFound", null, CalendarOutcome.NotFound, 1 },
        { Call.Update, 403, "ErrorAccessDenied", null, CalendarOutcome.Forbidden, 1 },
        { Call.Update, 429, "ApplicationThrottled", "0", CalendarOutcome.Throttled, 4 },
        { Call.Cancel, 403, "ErrorAccessDenied", null, CalendarOutcome.Forbidden, 1 },
        { Call.Cancel, 400, "ErrorInvalidRequest", null, CalendarOutcome.Invalid, 1 },
        { Call.Cancel, 503, "ServiceUnavailable", "0", CalendarOutcome.Unavailable, 4 },
        { Call.FreeBusy, 403, "ErrorAccessDenied", null, CalendarOutcome.Forbidden, 1 },
        { Call.FreeBusy, 503, "ServiceUnavailable", "0", CalendarOutcome.Unavailable, 4 },
        { Call.FreeBusy, 429, "ApplicationThrottled", "0", CalendarOutcome.Throttled, 4 },
    };

    [Theory]
    [MemberData(nameof(Answers))]
    public async Task Call_GraphAnswersAnError_OutcomeWithStatusAndNoPersonalData(
        Call call, int status, string code, string? retryAfter, CalendarOutcome outcome, int requests)
    {
        await using var host = await GraphTestHost.StartAsync();
        var operation = Operation(call);
        host.Server.Behaviour = c => c.Operation == operation ? FakeGraphResponse.Error(status, code, c.Mailbox, retryAfter) : null;

        var result = await RunAsync(host, call);

        Assert.Equal(outcome, result.Outcome);
        Assert.False(result.CalendarsUpdated);
        Assert.Equal(requests, host.Server.Of(operation).Count);
        Assert.StartsWith(status.ToString(System.Globalization.CultureInfo.InvariantCulture), result.Reason, StringComparison.Ordinal);
        Assert.Equal(requests > 1 ? $"{status} after retries" : $"{status} {code}", result.Reason);
        // Graph's message names the mailbox: neither the reason nor any log may carry it.
        Assert.DoesNotContain("@", result.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain(host.Logs.Events, e => e.Message.Contains('@', StringComparison.Ordinal));
        Assert.Contains(host.Logs.Events, e => e.EventId == 8402 && Equals(e.Values["MailboxRef"], MailboxLogRef.Of(CalendarTestData.Organizer)));
    }

    [Fact]
    public async Task Create_429WithRetryAfter1_SdkWaitsAtLeastThatLongThenBooks()
    {
        await using var host = await GraphTestHost.StartAsync();
        host.Server.Behaviour = c => c.Operation == FakeGraphOperation.CreateEvent && c.Attempt == 1
            ? FakeGraphResponse.Error(429, "ApplicationThrottled", c.Mailbox, retryAfter: "1")
            : null;

        var booking = await host.Gateway.CreateOnlineMeetingAsync(CalendarTestData.Meeting(), CancellationToken.None);

        Assert.Equal(CalendarStatus.Booked, booking.Status);
        Assert.Equal(JoinLinkStatus.Present, booking.JoinLink);
        var creates = host.Server.Of(FakeGraphOperation.CreateEvent);
        Assert.Equal([429, 201], creates.Select(r => r.StatusCode));
        var waited = creates[0].GapUntil(creates[1]);
        // .NET's timers count whole milliseconds (TickCount64): a 1 s delay can end up to a millisecond early by the
        // Stopwatch that stamps the requests (999.5 ms was seen). Retrying at once would show a gap of a few ms.
        Assert.True(waited >= TimeSpan.FromSeconds(1) - TimeSpan.FromMilliseconds(2), $"the retry came {waited.TotalMilliseconds} ms after the 429");
        Assert.Equal("1", creates[1].Header("Retry-Attempt"));
        Assert.Equal(creates[0].Body, creates[1].Body); // the same create, the same transactionId
    }

    [Fact]
    public async Task Create_AnswerNotJson_UnavailableInsteadOfThrown()
    {
        await using var host = await GraphTestHost.StartAsync();
        host.Server.Behaviour = c => new FakeGraphResponse(201, "<html>proxy error</html>");

        var booking = await host.Gateway.CreateOnlineMeetingAsync(CalendarTestData.Meeting(), CancellationToken.None);

        Assert.Equal(CalendarOutcome.Unavailable, booking.Status.Outcome);
        Assert.StartsWith("unexpected ", booking.Status.Reason, StringComparison.Ordinal);
        Assert.Null(booking.EventId);
    }

    [Fact]
    public async Task Create_MaxRetriesSetting_UsedByTheSdkRetryHandler()
    {
        await using var host = await GraphTestHost.StartAsync(new() { ["Graph:MaxRetries"] = "1" });
        host.Server.Behaviour = c => FakeGraphResponse.Error(503, "ServiceUnavailable", c.Mailbox, retryAfter: "0");

        var booking = await host.Gateway.CreateOnlineMeetingAsync(CalendarTestData.Meeting(), CancellationToken.None);

        Assert.Equal(CalendarOutcome.Unavailable, booking.Status.Outcome);
        Assert.Equal(2, host.Server.Requests.Count);
    }

    [Fact]
    public async Task Create_TenAtOnceInEachOfTwoMailboxes_AtMostFourInFlightPerMailbox()
    {
        const string other = "jpp.kerkrade@gemeente.example";
        await using var host = await GraphTestHost.StartAsync();
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        host.Server.Gate = gate.Task;

        var creates = new[] { CalendarTestData.Organizer, other }
            .SelectMany(mailbox => Enumerable.Range(1, 10).Select(i => CalendarTestData.WindowEvent("https://teams.microsoft.com/l/meetup-join/m", $"tx-{i}") with { OrganizerMailbox = mailbox }))
            .Select(request => host.Gateway.CreateWindowEventAsync(request, CancellationToken.None))
            .ToList();
        await WaitUntilAsync(() => host.Server.InFlight(CalendarTestData.Organizer) >= 4 && host.Server.InFlight(other) >= 4);
        await Task.Delay(TimeSpan.FromMilliseconds(300)); // room for a fifth request, were the limit not kept
        var heldAtOnce = (host.Server.InFlight(CalendarTestData.Organizer), host.Server.InFlight(other));
        gate.SetResult();
        var bookings = await Task.WhenAll(creates);

        Assert.Equal((4, 4), heldAtOnce);
        Assert.All(bookings, b => Assert.Equal(CalendarStatus.Booked, b.Status));
        Assert.Equal(20, host.Server.Of(FakeGraphOperation.CreateEvent).Count);
        Assert.Equal(4, host.Server.MaxInFlight(CalendarTestData.Organizer));
        Assert.Equal(4, host.Server.MaxInFlight(other));
    }

    private static FakeGraphOperation Operation(Call call) => call switch
    {
        Call.Create => FakeGraphOperation.CreateEvent,
        Call.Update => FakeGraphOperation.UpdateEvent,
        Call.Cancel => FakeGraphOperation.CancelEvent,
        _ => FakeGraphOperation.GetSchedule,
    };

    private static async Task<CalendarStatus> RunAsync(GraphTestHost host, Call call)
    {
        var eventRef = new CalendarEventRef(CalendarTestData.Organizer, "AAMkAD-unknown");
        switch (call)
        {
            case Call.Create:
                var booking = await host.Gateway.CreateOnlineMeetingAsync(CalendarTestData.Meeting(), CancellationToken.None);
                Assert.Null(booking.EventId);
                return booking.Status;
            case Call.Update:
                return (await host.Gateway.UpdateEventAsync(new CalendarEventUpdate(eventRef, CalendarEventKind.OnlineMeeting, Window: CalendarTestData.Summer), CancellationToken.None)).Status;
            case Call.Cancel:
                return await host.Gateway.CancelEventAsync(new CalendarCancellation(eventRef, "Vervalt."), CancellationToken.None);
            default:
                var freeBusy = await host.Gateway.GetFreeBusyAsync(new FreeBusyQuery(CalendarTestData.Organizer, ["voorzitter@gemeente.example"], CalendarTestData.Winter), CancellationToken.None);
                Assert.All(freeBusy.Mailboxes, m => Assert.Equal(FreeBusyState.Unknown, m.State));
                return freeBusy.Status;
        }
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var waiting = System.Diagnostics.Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(waiting.Elapsed < TimeSpan.FromSeconds(30), "the requests did not reach the fake Graph server in time");
            await Task.Delay(20);
        }
    }
}
