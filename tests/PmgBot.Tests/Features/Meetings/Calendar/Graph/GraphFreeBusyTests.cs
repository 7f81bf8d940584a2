using PmgBot.Core.Features.Meetings.Calendar;
using PmgBot.Tests.Support;

namespace PmgBot.Tests.Features.Meetings.Calendar.Graph;

public sealed class GraphFreeBusyTests
{
    /// <summary>14:00–16:30 Amsterdam: ten slots of 15 minutes.</summary>
    private static readonly CalendarWindow Afternoon = new(CalendarTestData.Winter.Start, CalendarTestData.Winter.Start.AddMinutes(150));

    [Fact]
    public async Task GetFreeBusy_AvailabilityViews_BusyIntervalsPerMailboxAndAnErrorItem()
    {
        await using var host = await GraphTestHost.StartAsync();
        host.Server.Schedules["voorzitter@gemeente.example"] = "0022100340";
        host.Server.UnknownMailboxes["extern@partner.example"] = true;
        string[] mailboxes = ["voorzitter@gemeente.example", "extern@partner.example", "wijkagent@politie.example"];

        var result = await host.Gateway.GetFreeBusyAsync(new FreeBusyQuery(CalendarTestData.Organizer, mailboxes, Afternoon), CancellationToken.None);

        Assert.Equal(CalendarStatus.Booked, result.Status);
        Assert.Equal(mailboxes, result.Mailboxes.Select(m => m.Mailbox));
        var at = Afternoon.Start;
        Assert.Equal(
            [
                new BusyInterval(at.AddMinutes(30), at.AddMinutes(60), BusyKind.Busy),
                new BusyInterval(at.AddMinutes(60), at.AddMinutes(75), BusyKind.Tentative),
                new BusyInterval(at.AddMinutes(105), at.AddMinutes(120), BusyKind.OutOfOffice),
                new BusyInterval(at.AddMinutes(120), at.AddMinutes(135), BusyKind.Elsewhere),
            ],
            result.Mailboxes[0].Busy);
        Assert.Equal(FreeBusyState.Known, result.Mailboxes[0].State);
        Assert.Equal(("extern@partner.example", FreeBusyState.Error, "ErrorMailboxNotFound"), (result.Mailboxes[1].Mailbox, result.Mailboxes[1].State, result.Mailboxes[1].Reason));
        Assert.Empty(result.Mailboxes[1].Busy);
        Assert.Equal(FreeBusyState.Known, result.Mailboxes[2].State);
        Assert.Empty(result.Mailboxes[2].Busy);

        var call = Assert.Single(host.Server.Requests);
        Assert.Equal(FakeGraphOperation.GetSchedule, call.Operation);
        Assert.Equal("POST", call.Method);
        Assert.Equal("/v1.0/users/jpp.heerlen%40gemeente.example/calendar/getSchedule", call.RawTarget);
        Assert.Equal(mailboxes, call.Get("schedules")!.Value.EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("2026-03-10T14:00:00", call.Text("startTime", "dateTime"));
        Assert.Equal("W. Europe Standard Time", call.Text("startTime", "timeZone"));
        Assert.Equal("2026-03-10T16:30:00", call.Text("endTime", "dateTime"));
        Assert.Equal("W. Europe Standard Time", call.Text("endTime", "timeZone"));
        Assert.Equal(15, call.Get("availabilityViewInterval")!.Value.GetInt32());
        // Graph's error message and the appointments' subjects quote addresses: none of it reaches the result or a log.
        Assert.DoesNotContain(host.Logs.Events, e => e.Message.Contains('@', StringComparison.Ordinal));
    }

    [Fact]
    public async Task GetFreeBusy_25Mailboxes_TwoCallsOf20And5InTheAskedOrder()
    {
        await using var host = await GraphTestHost.StartAsync();
        var mailboxes = Enumerable.Range(1, 25).Select(i => $"lid{i:D2}@gemeente.example").ToArray();
        host.Server.Schedules["lid22@gemeente.example"] = "2222222222";

        var result = await host.Gateway.GetFreeBusyAsync(new FreeBusyQuery(CalendarTestData.Organizer, mailboxes, Afternoon), CancellationToken.None);

        Assert.Equal(CalendarOutcome.Done, result.Status.Outcome);
        Assert.Equal(
            [mailboxes[..20], mailboxes[20..]],
            host.Server.Requests.Select(r => r.Get("schedules")!.Value.EnumerateArray().Select(e => e.GetString()!).ToArray()));
        Assert.All(result.Mailboxes, m => Assert.Equal(FreeBusyState.Known, m.State));
        Assert.Equal([new BusyInterval(Afternoon.Start, Afternoon.End, BusyKind.Busy)], result.Mailboxes[21].Busy);
    }

    public static TheoryData<string, FreeBusyQuery, string> Refused => new()
    {
        { "62 days", new FreeBusyQuery(CalendarTestData.Organizer, ["a@x.example"], new CalendarWindow(Afternoon.Start, Afternoon.Start.AddDays(62))), "free/busy window must be shorter than 62 days" },
        { "end before start", new FreeBusyQuery(CalendarTestData.Organizer, ["a@x.example"], new CalendarWindow(Afternoon.End, Afternoon.Start)), "end is not after start" },
        { "no mailboxes", new FreeBusyQuery(CalendarTestData.Organizer, [], Afternoon), "no mailboxes to ask" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task GetFreeBusy_Refused_InvalidAndNoRequestSent(string scenario, FreeBusyQuery query, string reason)
    {
        _ = scenario;
        await using var host = await GraphTestHost.StartAsync();

        var result = await host.Gateway.GetFreeBusyAsync(query, CancellationToken.None);

        Assert.Equal(CalendarStatus.Invalid(reason), result.Status);
        Assert.Empty(result.Mailboxes);
        Assert.Empty(host.Server.Requests);
    }
}
