using PmgBot.Jobs;
using PmgBot.Core.Outbox;
using PmgBot.Core.Register;
using PmgBot.Core.Directory;
using PmgBot.Core.Features.Meetings.Bookings;
using PmgBot.Core.Features.Meetings.Calendar;
using PmgBot.Tests.Features.Meetings.Calendar;
using PmgBot.Tests.Features.Meetings.Calendar.Graph;
using PmgBot.Tests.Support;

namespace PmgBot.Tests.Features.Meetings.Bookings;

/// <summary>The booking run through the real Graph gateway (Microsoft.Graph SDK) against the fake Graph server.</summary>
public sealed class MeetingBookerTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 8, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task BookAsync_FirstTime_MeetingFirstThenEachWindowWithItsJoinLink()
    {
        await using var host = await GraphTestHost.StartAsync();
        var store = new InMemoryBookingStore();

        var report = await new MeetingBooker(host.Gateway, store).BookAsync(Plan(1), CancellationToken.None);

        Assert.Equal(new BookingReport(3, 0, null, CalendarsUpdated: true, JoinLinkMissing: false, JoinLinkChanged: false), report);
        var creates = host.Server.Of(FakeGraphOperation.CreateEvent);
        Assert.Equal(3, creates.Count);
        Assert.True(creates[0].Get("isOnlineMeeting")!.Value.GetBoolean());
        Assert.Equal(["voorzitter@gemeente.example", "wijkagent@politie.example"], GraphTestHost.AttendeesOf(creates[0]).Select(a => a.Address));
        var joinUrl = store.All.Single(b => b.OrganisationId is null).JoinUrl;
        Assert.NotNull(joinUrl);
        Assert.All(creates.Skip(1), c => Assert.Contains(joinUrl, c.Text("body", "content"), StringComparison.Ordinal));
        Assert.Equal(["halt@halt.example"], GraphTestHost.AttendeesOf(creates[1]).Select(a => a.Address));
        Assert.Equal("Casusoverleg JPP Heerlen: jouw deel", creates[1].Text("subject"));
        Assert.Contains("op dinsdag 8 december 2026, van 13:20 tot 13:40. Dan worden 2 casussen besproken", creates[1].Text("body", "content"), StringComparison.Ordinal);
        Assert.Equal(3, creates.Select(c => c.Text("transactionId")).Distinct().Count());
        Assert.Equal(BookingTransactionIds.For("meeting-1", 1, "halt"), creates[1].Text("transactionId"));
    }

    [Fact]
    public async Task BookAsync_SameAgendaAgain_NoCallAtAll()
    {
        await using var host = await GraphTestHost.StartAsync();
        var store = new InMemoryBookingStore();
        var booker = new MeetingBooker(host.Gateway, store);
        await booker.BookAsync(Plan(1), CancellationToken.None);
        var before = host.Server.Requests.Count;

        var report = await booker.BookAsync(Plan(1), CancellationToken.None);

        Assert.Equal(new BookingReport(0, 0, null, true, false, false), report);
        Assert.Equal(before, host.Server.Requests.Count);
    }

    [Fact]
    public async Task BookAsync_AgendaChanged_PatchesTimesAndFullListCancelsDroppedNeverTheMeetingsBody()
    {
        await using var host = await GraphTestHost.StartAsync();
        var store = new InMemoryBookingStore();
        var booker = new MeetingBooker(host.Gateway, store);
        await booker.BookAsync(Plan(1), CancellationToken.None);
        var seen = host.Server.Requests.Count;
        var changed = Plan(2) with
        {
            CoreMembers = [.. Plan(2).CoreMembers, new CalendarAttendee("procesregisseur@zvh.example", "Procesregisseur")],
            Organisations =
            [
                new OrganisationBooking("halt", Window(40, 60), 3, [new("halt@halt.example", "Halt"), new("halt2@halt.example", "Halt twee")]),
            ],
        };

        var report = await booker.BookAsync(changed, CancellationToken.None);

        Assert.True(report.Complete);
        var calls = host.Server.Requests.Skip(seen).ToList();
        var patches = calls.Where(c => c.Operation == FakeGraphOperation.UpdateEvent).ToList();
        Assert.Equal(2, patches.Count);
        Assert.False(patches[0].Has("body"));
        Assert.Equal(3, GraphTestHost.AttendeesOf(patches[0]).Count);
        Assert.Equal(["halt@halt.example", "halt2@halt.example"], GraphTestHost.AttendeesOf(patches[1]).Select(a => a.Address));
        Assert.Contains("van 13:40 tot 14:00. Dan worden 3 casussen besproken", patches[1].Text("body", "content"), StringComparison.Ordinal);
        var cancel = Assert.Single(calls, c => c.Operation == FakeGraphOperation.CancelEvent);
        Assert.StartsWith("Er staan geen casussen van jouw organisatie meer op de agenda", cancel.Text("comment"), StringComparison.Ordinal);
        Assert.DoesNotContain(calls, c => c.Operation == FakeGraphOperation.CreateEvent);
        Assert.DoesNotContain(store.All, b => b.OrganisationId == "politie");
    }

    [Fact]
    public async Task BookAsync_MailboxRefusesAWindow_StopsSaysWhereAndTheNextRunContinuesThere()
    {
        await using var host = await GraphTestHost.StartAsync();
        var store = new InMemoryBookingStore();
        var booker = new MeetingBooker(host.Gateway, store);
        var refuse = true;
        var creates = 0;
        host.Server.Behaviour = call => call.Operation == FakeGraphOperation.CreateEvent && Interlocked.Increment(ref creates) > 2 && refuse
            ? FakeGraphResponse.Error(403, "ErrorAccessDenied", call.Mailbox)
            : null;

        var stopped = await booker.BookAsync(Plan(1), CancellationToken.None);
        refuse = false;
        var continued = await booker.BookAsync(Plan(1), CancellationToken.None);

        Assert.Equal(2, stopped.Done);
        Assert.Equal(1, stopped.Remaining);
        Assert.Equal("politie", stopped.StoppedAt!.OrganisationId);
        Assert.Equal(CalendarOutcome.Forbidden, stopped.StoppedAt.Outcome);
        Assert.DoesNotContain("jpp.heerlen", stopped.StoppedAt.Reason ?? "", StringComparison.OrdinalIgnoreCase);
        Assert.Equal(new BookingReport(1, 0, null, true, false, false), continued);
        Assert.Equal(3, store.All.Count);
    }

    [Fact]
    public async Task BookAsync_WindowEventDeletedInOutlook_BookedAgain()
    {
        await using var host = await GraphTestHost.StartAsync();
        var store = new InMemoryBookingStore();
        var booker = new MeetingBooker(host.Gateway, store);
        await booker.BookAsync(Plan(1), CancellationToken.None);
        var gone = store.All.Single(b => b.OrganisationId == "halt").Event.EventId;
        host.Server.Behaviour = call => call.Operation == FakeGraphOperation.UpdateEvent && call.EventId == gone
            ? FakeGraphResponse.Error(404, "ErrorItemNotFound")
            : null;

        var report = await booker.BookAsync(Plan(2) with { Organisations = [Plan(2).Organisations[0] with { CaseCount = 4 }, Plan(2).Organisations[1]] }, CancellationToken.None);

        Assert.True(report.Complete);
        Assert.NotEqual(gone, store.All.Single(b => b.OrganisationId == "halt").Event.EventId);
        Assert.Equal(4, host.Server.Of(FakeGraphOperation.CreateEvent).Count);
    }

    [Fact]
    public async Task BookAsync_JoinLinkRenewedByAChange_ChairWarnedAndWindowsGetTheNewLink()
    {
        await using var host = await GraphTestHost.StartAsync();
        var store = new InMemoryBookingStore();
        var booker = new MeetingBooker(host.Gateway, store);
        await booker.BookAsync(Plan(1), CancellationToken.None);
        var oldLink = store.All.Single(b => b.OrganisationId is null).JoinUrl!;
        host.Server.RenewJoinUrlOnPatch = true;
        var seen = host.Server.Requests.Count;

        var report = await booker.BookAsync(Plan(2) with { Meeting = new CalendarWindow(Start.AddMinutes(30), Start.AddMinutes(150)) }, CancellationToken.None);

        Assert.True(report.JoinLinkChanged);
        var newLink = store.All.Single(b => b.OrganisationId is null).JoinUrl!;
        Assert.NotEqual(oldLink, newLink);
        var windowPatches = host.Server.Requests.Skip(seen).Where(c => c.Operation == FakeGraphOperation.UpdateEvent).Skip(1).ToList();
        Assert.Equal(2, windowPatches.Count);
        Assert.All(windowPatches, p => Assert.Contains(newLink, p.Text("body", "content"), StringComparison.Ordinal));
    }

    [Fact]
    public async Task BookAsync_AnyRun_NoYouthNameInAnySubjectBodyOrComment()
    {
        await using var host = await GraphTestHost.StartAsync();
        var store = new InMemoryBookingStore();
        var booker = new MeetingBooker(host.Gateway, store);

        await booker.BookAsync(Plan(1), CancellationToken.None);
        await booker.BookAsync(Plan(2) with { Organisations = [Plan(2).Organisations[0]] }, CancellationToken.None);

        Assert.All(host.Server.Requests, r => Assert.DoesNotContain(CalendarTestData.YouthName, r.Body, StringComparison.OrdinalIgnoreCase));
        Assert.All(host.Server.Requests, r => Assert.DoesNotContain("PMG-J-", r.Body, StringComparison.Ordinal));
    }

    private static MeetingBookingPlan Plan(int version) => new(
        "meeting-1",
        version,
        "Heerlen",
        CalendarTestData.Organizer,
        new CalendarWindow(Start, Start.AddMinutes(120)),
        [new("voorzitter@gemeente.example", "Voorzitter"), new("wijkagent@politie.example", "Wijkagent")],
        [
            new OrganisationBooking("halt", Window(20, 40), 2, [new("halt@halt.example", "Halt")]),
            new OrganisationBooking("politie", Window(40, 70), 3, [new("jeugdagent@politie.example", "Jeugdagent")]),
        ]);

    private static CalendarWindow Window(int from, int to) => new(Start.AddMinutes(from), Start.AddMinutes(to));
}
