using PmgBot.Core.Features.Meetings.Calendar;

namespace PmgBot.Tests.Features.Meetings.Calendar;

public sealed class IcsCalendarGatewayTests
{
    public static TheoryData<string, CalendarWindow, DateTime, DateTime> Times => new()
    {
        { "winter (CET)", CalendarTestData.Winter, new DateTime(2026, 3, 10, 14, 0, 0), new DateTime(2026, 3, 10, 16, 0, 0) },
        { "summer (CEST)", CalendarTestData.Summer, new DateTime(2026, 6, 9, 14, 0, 0), new DateTime(2026, 6, 9, 16, 0, 0) },
    };

    [Theory]
    [MemberData(nameof(Times))]
    public async Task CreateOnlineMeeting_Times_WritesRequestInAmsterdamTimeWithVTimeZone(string scenario, CalendarWindow window, DateTime localStart, DateTime localEnd)
    {
        _ = scenario;
        using var host = new IcsTestHost();
        var request = CalendarTestData.Meeting(window);

        var booking = await host.Gateway.CreateOnlineMeetingAsync(request, CancellationToken.None);

        Assert.Equal(CalendarOutcome.Done, booking.Status.Outcome);
        Assert.False(booking.Status.CalendarsUpdated);
        Assert.Equal(request.TransactionId, booking.EventId);
        Assert.Null(booking.JoinUrl);
        Assert.Equal(JoinLinkStatus.NotCreated, booking.JoinLink);
        var file = Assert.Single(host.Files());
        Assert.Equal("jpp-heerlen-2026-03-10-v1.000.ics", file);
        var (method, written, zones) = host.Read(file);
        Assert.Equal("REQUEST", method);
        Assert.Equal(["Europe/Amsterdam"], zones);
        Assert.Equal(request.TransactionId, written.Uid);
        Assert.Equal(0, written.Sequence);
        Assert.Equal(request.Subject, written.Summary);
        Assert.Equal(request.BodyText, written.Description);
        Assert.Equal("Europe/Amsterdam", written.DtStart!.TzId);
        Assert.Equal(localStart, written.DtStart.Value);
        Assert.Equal(window.Start.UtcDateTime, written.DtStart.AsUtc);
        Assert.Equal("Europe/Amsterdam", written.DtEnd!.TzId);
        Assert.Equal(localEnd, written.DtEnd.Value);
        Assert.Equal(window.End.UtcDateTime, written.DtEnd.AsUtc);
        Assert.Equal(host.Clock.GetUtcNow().UtcDateTime, written.DtStamp!.AsUtc);
        Assert.Equal(new Uri("mailto:" + CalendarTestData.Organizer), written.Organizer!.Value);
        Assert.Equal(
            [
                ("mailto:voorzitter@gemeente.example", "Petra Voorzitter", "REQ-PARTICIPANT", true),
                ("mailto:wijkagent@politie.example", "Karim Wijkagent", "REQ-PARTICIPANT", true),
                ("mailto:medewerker@halt.example", "Sanne Halt", "OPT-PARTICIPANT", true),
            ],
            written.Attendees.Select(a => (a.Value!.OriginalString, a.CommonName, a.Role, a.Rsvp)).ToList());
    }

    [Fact]
    public async Task CreateWindowEvent_JoinLink_DescriptionCarriesTheLinkAfterTheText()
    {
        using var host = new IcsTestHost();
        var request = CalendarTestData.WindowEvent("https://teams.microsoft.com/l/meetup-join/abc");

        var booking = await host.Gateway.CreateWindowEventAsync(request, CancellationToken.None);

        Assert.Equal(CalendarStatus.IcsOnly, booking.Status);
        Assert.Equal(request.TransactionId, booking.EventId);
        var (_, written, _) = host.Read(Assert.Single(host.Files()));
        Assert.Equal(request.Body.Text + "\n\nhttps://teams.microsoft.com/l/meetup-join/abc", written.Description);
        Assert.Equal(new DateTime(2026, 3, 10, 14, 20, 0), written.DtStart!.Value);
        Assert.Equal(new DateTime(2026, 3, 10, 14, 40, 0), written.DtEnd!.Value);
    }

    [Fact]
    public async Task UpdateEvent_TwoChanges_NewFileEachWithSequenceUpNewTimesAndFullAttendeeList()
    {
        using var host = new IcsTestHost();
        var request = CalendarTestData.Meeting();
        var eventRef = new CalendarEventRef(request.OrganizerMailbox, (await host.Gateway.CreateOnlineMeetingAsync(request, CancellationToken.None)).EventId!);
        IReadOnlyList<CalendarAttendee> newList = [.. CalendarTestData.CoreMembers.Take(2), new CalendarAttendee("jeugdreclassering@wsg.example", "Mila Reclassering")];

        host.Clock.Advance(TimeSpan.FromHours(1));
        var first = await host.Gateway.UpdateEventAsync(new CalendarEventUpdate(eventRef, CalendarEventKind.OnlineMeeting, Window: CalendarTestData.Summer), CancellationToken.None);
        var second = await host.Gateway.UpdateEventAsync(new CalendarEventUpdate(eventRef, CalendarEventKind.OnlineMeeting, Attendees: newList), CancellationToken.None);

        Assert.Equal(new CalendarUpdateResult(CalendarStatus.IcsOnly, null, JoinLinkStatus.NotCreated, false), first);
        Assert.Equal(new CalendarUpdateResult(CalendarStatus.IcsOnly, null, JoinLinkStatus.NotCreated, false), second);
        Assert.Equal(["jpp-heerlen-2026-03-10-v1.000.ics", "jpp-heerlen-2026-03-10-v1.001.ics", "jpp-heerlen-2026-03-10-v1.002.ics"], host.Files());
        var (method, latest, _) = host.Read("jpp-heerlen-2026-03-10-v1.002.ics");
        Assert.Equal("REQUEST", method);
        Assert.Equal(request.TransactionId, latest.Uid);
        Assert.Equal(2, latest.Sequence);
        Assert.Equal(new DateTime(2026, 6, 9, 14, 0, 0), latest.DtStart!.Value);
        Assert.Equal(CalendarTestData.Summer.End.UtcDateTime, latest.DtEnd!.AsUtc);
        Assert.Equal(request.BodyText, latest.Description);
        Assert.Equal(host.Clock.GetUtcNow().UtcDateTime, latest.DtStamp!.AsUtc);
        Assert.Equal(newList.Select(a => "mailto:" + a.Email), latest.Attendees.Select(a => a.Value!.OriginalString));
        Assert.Equal(1, host.Read("jpp-heerlen-2026-03-10-v1.001.ics").Event.Sequence);
    }

    [Fact]
    public async Task CancelEvent_Comment_WritesMethodCancelWithNextSequenceThenTheEventIsGone()
    {
        using var host = new IcsTestHost();
        var request = CalendarTestData.Meeting();
        var eventRef = new CalendarEventRef(request.OrganizerMailbox, (await host.Gateway.CreateOnlineMeetingAsync(request, CancellationToken.None)).EventId!);

        var cancelled = await host.Gateway.CancelEventAsync(new CalendarCancellation(eventRef, "Het overleg van 10 maart vervalt."), CancellationToken.None);
        var updateAfter = await host.Gateway.UpdateEventAsync(new CalendarEventUpdate(eventRef, CalendarEventKind.OnlineMeeting, Window: CalendarTestData.Summer), CancellationToken.None);
        var cancelAgain = await host.Gateway.CancelEventAsync(new CalendarCancellation(eventRef, "Nogmaals."), CancellationToken.None);

        Assert.Equal(CalendarStatus.IcsOnly, cancelled);
        Assert.Equal(CalendarOutcome.NotFound, updateAfter.Status.Outcome);
        Assert.Equal(CalendarOutcome.NotFound, cancelAgain.Outcome);
        Assert.Equal(["jpp-heerlen-2026-03-10-v1.000.ics", "jpp-heerlen-2026-03-10-v1.001.cancel.ics"], host.Files());
        var (method, written, zones) = host.Read("jpp-heerlen-2026-03-10-v1.001.cancel.ics");
        Assert.Equal("CANCEL", method);
        Assert.Equal(["Europe/Amsterdam"], zones);
        Assert.Equal(request.TransactionId, written.Uid);
        Assert.Equal(1, written.Sequence);
        Assert.Equal("CANCELLED", written.Status);
        Assert.Equal(["Het overleg van 10 maart vervalt."], written.Comments);
        Assert.Equal(3, written.Attendees.Count);
    }

    public static TheoryData<string, CalendarEventRef> UnknownEvents => new()
    {
        { "no such event", new CalendarEventRef(CalendarTestData.Organizer, "jpp-heerlen-2099-01-01-v1") },
        { "another mailbox", new CalendarEventRef("jpp.kerkrade@gemeente.example", "jpp-heerlen-2026-03-10-v1") },
    };

    [Theory]
    [MemberData(nameof(UnknownEvents))]
    public async Task UpdateAndCancel_UnknownEvent_NotFoundAndNothingWritten(string scenario, CalendarEventRef eventRef)
    {
        _ = scenario;
        using var host = new IcsTestHost();
        await host.Gateway.CreateOnlineMeetingAsync(CalendarTestData.Meeting(), CancellationToken.None);

        var update = await host.Gateway.UpdateEventAsync(new CalendarEventUpdate(eventRef, CalendarEventKind.OnlineMeeting, Window: CalendarTestData.Summer), CancellationToken.None);
        var cancel = await host.Gateway.CancelEventAsync(new CalendarCancellation(eventRef, "Vervalt."), CancellationToken.None);
        var read = await host.Gateway.ReadJoinLinkAsync(eventRef, null, CancellationToken.None);

        Assert.Equal(CalendarOutcome.NotFound, update.Status.Outcome);
        Assert.Equal(CalendarOutcome.NotFound, cancel.Outcome);
        Assert.Equal(CalendarOutcome.NotFound, read.Status.Outcome);
        Assert.False(cancel.CalendarsUpdated);
        Assert.Equal(["jpp-heerlen-2026-03-10-v1.000.ics"], host.Files());
    }

    [Fact]
    public async Task CreateOnlineMeeting_SameTransactionIdTwice_OneFileAndTheSameEventId()
    {
        using var host = new IcsTestHost();

        var first = await host.Gateway.CreateOnlineMeetingAsync(CalendarTestData.Meeting(), CancellationToken.None);
        var again = await host.Gateway.CreateOnlineMeetingAsync(CalendarTestData.Meeting(), CancellationToken.None);

        Assert.Equal(first, again);
        Assert.Single(host.Files());
    }

    [Fact]
    public async Task CreateOnlineMeeting_TransactionIdNotAFileName_HashedFileNameStillUpdated()
    {
        using var host = new IcsTestHost();
        var request = CalendarTestData.Meeting(transactionId: "jpp/heerlen:2026-03-10 v1");

        var booking = await host.Gateway.CreateOnlineMeetingAsync(request, CancellationToken.None);
        var update = await host.Gateway.UpdateEventAsync(
            new CalendarEventUpdate(new CalendarEventRef(request.OrganizerMailbox, booking.EventId!), CalendarEventKind.OnlineMeeting, Window: CalendarTestData.Summer),
            CancellationToken.None);

        Assert.Equal(CalendarOutcome.Done, update.Status.Outcome);
        Assert.Equal(request.TransactionId, booking.EventId);
        Assert.All(host.Files(), f => Assert.StartsWith("uid-", f, StringComparison.Ordinal));
        Assert.Equal(2, host.Files().Length);
        Assert.Equal(request.TransactionId, host.Read(host.Files()[1]).Event.Uid);
    }

    [Fact]
    public async Task GetFreeBusy_AnyMailboxes_UnknownAndCalendarsNotUpdated()
    {
        using var host = new IcsTestHost();

        var result = await host.Gateway.GetFreeBusyAsync(
            new FreeBusyQuery(CalendarTestData.Organizer, ["voorzitter@gemeente.example", "wijkagent@politie.example"], CalendarTestData.Winter), CancellationToken.None);

        Assert.Equal(CalendarStatus.IcsOnly, result.Status);
        Assert.Equal(
            [("voorzitter@gemeente.example", FreeBusyState.Unknown, 0), ("wijkagent@politie.example", FreeBusyState.Unknown, 0)],
            result.Mailboxes.Select(m => (m.Mailbox, m.State, m.Busy.Count)).ToList());
        Assert.Empty(host.Files());
    }

    public static TheoryData<string, OnlineMeetingRequest, string> Refused => new()
    {
        { "end before start", CalendarTestData.Meeting(new CalendarWindow(CalendarTestData.Winter.End, CalendarTestData.Winter.Start)), "end is not after start" },
        { "attendee without address", CalendarTestData.Meeting() with { Attendees = [new("niet-een-adres", "P")] }, "attendee 1 has no valid e-mail address" },
        { "no transaction id", CalendarTestData.Meeting() with { TransactionId = "" }, "transaction id is missing" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task CreateOnlineMeeting_Invalid_RefusedAndNothingWritten(string scenario, OnlineMeetingRequest request, string reason)
    {
        _ = scenario;
        using var host = new IcsTestHost();

        var booking = await host.Gateway.CreateOnlineMeetingAsync(request, CancellationToken.None);

        Assert.Equal(new OnlineMeetingBooking(CalendarStatus.Invalid(reason), null, null, JoinLinkStatus.NotApplicable), booking);
        Assert.Empty(host.Files());
    }

    [Fact]
    public void IcsFolder_DefaultSetting_UnderTheContentRoot()
    {
        using var host = new IcsTestHost();

        Assert.Equal(Path.Combine(host.ContentRoot, "data", "calendar"), host.Folder.Path);
    }
}
