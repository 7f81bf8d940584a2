using PmgBot.Core.Features.Meetings.Calendar;
using PmgBot.Graph;
using PmgBot.Tests.Support;

namespace PmgBot.Tests.Features.Meetings.Calendar.Graph;

/// <summary>Bookings through the real Graph SDK against the fake Graph server; request bodies asserted.</summary>
public sealed class GraphCalendarGatewayTests
{
    private const string EventsPath = "/v1.0/users/jpp.heerlen%40gemeente.example/events";

    public static TheoryData<string, CalendarWindow, string, string> Times => new()
    {
        { "winter (CET, UTC+1)", CalendarTestData.Winter, "2026-03-10T14:00:00", "2026-03-10T16:00:00" },
        { "summer (CEST, UTC+2)", CalendarTestData.Summer, "2026-06-09T14:00:00", "2026-06-09T16:00:00" },
    };

    [Theory]
    [MemberData(nameof(Times))]
    public async Task CreateOnlineMeeting_JoinUrlInAnswer_PostsTeamsEventInAmsterdamTime(string scenario, CalendarWindow window, string start, string end)
    {
        _ = scenario;
        await using var host = await GraphTestHost.StartAsync();
        var request = CalendarTestData.Meeting(window);

        var booking = await host.Gateway.CreateOnlineMeetingAsync(request, CancellationToken.None);

        Assert.IsType<GraphCalendarGateway>(host.Gateway);
        Assert.Equal(CalendarStatus.Booked, booking.Status);
        Assert.Equal(JoinLinkStatus.Present, booking.JoinLink);
        Assert.Equal(host.Server.Event(booking.EventId!)!["onlineMeeting"]!["joinUrl"]!.GetValue<string>(), booking.JoinUrl);
        var post = Assert.Single(host.Server.Requests); // the join link was in the answer: no read again
        Assert.Equal(FakeGraphOperation.CreateEvent, post.Operation);
        Assert.Equal("POST", post.Method);
        Assert.Equal(EventsPath, post.RawTarget); // the SDK writes '@' as %40
        Assert.Equal("Bearer " + FixedGraphCredentialFactory.Token, post.Header("Authorization"));
        Assert.Equal(request.Subject, post.Text("subject"));
        Assert.Equal("text", post.Text("body", "contentType"));
        Assert.Equal(request.BodyText, post.Text("body", "content"));
        Assert.Equal(start, post.Text("start", "dateTime"));
        Assert.Equal("W. Europe Standard Time", post.Text("start", "timeZone"));
        Assert.Equal(end, post.Text("end", "dateTime"));
        Assert.Equal("W. Europe Standard Time", post.Text("end", "timeZone"));
        Assert.Equal(request.TransactionId, post.Text("transactionId"));
        Assert.True(post.Get("isOnlineMeeting")!.Value.GetBoolean());
        Assert.Equal("teamsForBusiness", post.Text("onlineMeetingProvider"));
        Assert.Equal(
            [
                ("voorzitter@gemeente.example", "Petra Voorzitter", "required"),
                ("wijkagent@politie.example", "Karim Wijkagent", "required"),
                ("medewerker@halt.example", "Sanne Halt", "optional"),
            ],
            GraphTestHost.AttendeesOf(post));
        Assert.Equal([$"http://127.0.0.1:{host.Server.Port}/.default"], host.Credentials.Scopes.Distinct());
    }

    [Fact]
    public async Task CreateOnlineMeeting_JoinUrlMissingFromAnswer_ReadsTheEventAgain()
    {
        await using var host = await GraphTestHost.StartAsync();
        host.Server.JoinUrlOnCreate = false;

        var booking = await host.Gateway.CreateOnlineMeetingAsync(CalendarTestData.Meeting(), CancellationToken.None);

        Assert.Equal(CalendarStatus.Booked, booking.Status);
        Assert.Equal(JoinLinkStatus.Present, booking.JoinLink);
        Assert.Equal("https://teams.microsoft.com/l/meetup-join/fake-1", booking.JoinUrl);
        Assert.Equal([FakeGraphOperation.CreateEvent, FakeGraphOperation.GetEvent], host.Server.Requests.Select(r => r.Operation));
        var read = host.Server.Requests[1];
        Assert.Equal(EventsPath + "/" + booking.EventId, GraphTestHost.PathOf(read));
        Assert.Contains("onlineMeeting", Uri.UnescapeDataString(read.RawTarget), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateOnlineMeeting_TeamsNotAnAllowedProvider_BookedWithoutLinkAndSaysSo()
    {
        await using var host = await GraphTestHost.StartAsync();
        host.Server.AllowedProviders = ["skypeForBusiness"];

        var booking = await host.Gateway.CreateOnlineMeetingAsync(CalendarTestData.Meeting(), CancellationToken.None);

        Assert.Equal(CalendarOutcome.Done, booking.Status.Outcome);
        Assert.NotNull(booking.EventId);
        Assert.Null(booking.JoinUrl);
        Assert.Equal(JoinLinkStatus.TeamsNotAllowed, booking.JoinLink);
        Assert.Equal(
            [FakeGraphOperation.CreateEvent, FakeGraphOperation.GetEvent, FakeGraphOperation.GetCalendar],
            host.Server.Requests.Select(r => r.Operation));
        Assert.Equal("/v1.0/users/jpp.heerlen%40gemeente.example/calendar", GraphTestHost.PathOf(host.Server.Requests[2]));
        Assert.Contains(host.Logs.Events, e => e.EventId == 8403 && Equals(e.Values["JoinLink"], JoinLinkStatus.TeamsNotAllowed));
    }

    [Fact]
    public async Task CreateOnlineMeeting_SameTransactionIdSentAgain_SameEvent()
    {
        await using var host = await GraphTestHost.StartAsync();

        var first = await host.Gateway.CreateOnlineMeetingAsync(CalendarTestData.Meeting(), CancellationToken.None);
        var again = await host.Gateway.CreateOnlineMeetingAsync(CalendarTestData.Meeting(), CancellationToken.None);

        Assert.Equal(first, again);
        Assert.All(host.Server.Requests, r => Assert.Equal("jpp-heerlen-2026-03-10-v1", r.Text("transactionId")));
    }

    [Fact]
    public async Task CreateWindowEvent_JoinLink_PlainEventCarryingTheLinkInItsBody()
    {
        await using var host = await GraphTestHost.StartAsync();
        var request = CalendarTestData.WindowEvent("https://teams.microsoft.com/l/meetup-join/meeting-1");

        var booking = await host.Gateway.CreateWindowEventAsync(request, CancellationToken.None);

        Assert.Equal(CalendarStatus.Booked, booking.Status);
        Assert.NotNull(booking.EventId);
        var post = Assert.Single(host.Server.Requests);
        Assert.Equal(EventsPath, post.RawTarget);
        Assert.False(post.Get("isOnlineMeeting")!.Value.GetBoolean());
        Assert.False(post.Has("onlineMeetingProvider"));
        Assert.Equal(request.Body.Text + "\n\nhttps://teams.microsoft.com/l/meetup-join/meeting-1", post.Text("body", "content"));
        Assert.Equal("2026-03-10T14:20:00", post.Text("start", "dateTime"));
        Assert.Equal("2026-03-10T14:40:00", post.Text("end", "dateTime"));
        Assert.Equal(request.TransactionId, post.Text("transactionId"));
        Assert.Equal(
            [("medewerker@halt.example", "Sanne Halt", "required"), ("jongerenwerker@halt.example", "Ravi Halt", "optional")],
            GraphTestHost.AttendeesOf(post));
    }

    [Fact]
    public async Task UpdateEvent_OnlineMeeting_PatchesTimesAndFullListWithoutBodyThenReadsJoinLinkAgain()
    {
        await using var host = await GraphTestHost.StartAsync();
        var booking = await host.Gateway.CreateOnlineMeetingAsync(CalendarTestData.Meeting(), CancellationToken.None);
        IReadOnlyList<CalendarAttendee> fullList = [.. CalendarTestData.CoreMembers, new CalendarAttendee("jeugdreclassering@wsg.example", "Mila Reclassering")];

        var result = await host.Gateway.UpdateEventAsync(
            new CalendarEventUpdate(new CalendarEventRef(CalendarTestData.Organizer, booking.EventId!), CalendarEventKind.OnlineMeeting, CalendarTestData.Summer, fullList, KnownJoinUrl: booking.JoinUrl),
            CancellationToken.None);

        Assert.Equal(new CalendarUpdateResult(CalendarStatus.Booked, booking.JoinUrl, JoinLinkStatus.Present, JoinUrlChanged: false), result);
        Assert.Equal(
            [FakeGraphOperation.CreateEvent, FakeGraphOperation.UpdateEvent, FakeGraphOperation.GetEvent],
            host.Server.Requests.Select(r => r.Operation));
        var patch = host.Server.Requests[1];
        Assert.Equal("PATCH", patch.Method);
        Assert.Equal(EventsPath + "/" + booking.EventId, patch.RawTarget);
        Assert.False(patch.Has("body"));
        Assert.False(patch.Has("subject"));
        Assert.False(patch.Has("transactionId"));
        Assert.Equal("2026-06-09T14:00:00", patch.Text("start", "dateTime"));
        Assert.Equal("W. Europe Standard Time", patch.Text("start", "timeZone"));
        Assert.Equal("2026-06-09T16:00:00", patch.Text("end", "dateTime"));
        Assert.Equal(
            fullList.Select(a => (a.Email, a.Name, a.Kind == AttendeeKind.Optional ? "optional" : "required")),
            GraphTestHost.AttendeesOf(patch));
    }

    [Fact]
    public async Task UpdateEvent_JoinLinkRenewedByTheChange_ReportsTheNewLinkAsChanged()
    {
        await using var host = await GraphTestHost.StartAsync();
        var booking = await host.Gateway.CreateOnlineMeetingAsync(CalendarTestData.Meeting(), CancellationToken.None);
        host.Server.RenewJoinUrlOnPatch = true;

        var result = await host.Gateway.UpdateEventAsync(
            new CalendarEventUpdate(new CalendarEventRef(CalendarTestData.Organizer, booking.EventId!), CalendarEventKind.OnlineMeeting, Attendees: CalendarTestData.CoreMembers, KnownJoinUrl: booking.JoinUrl),
            CancellationToken.None);

        Assert.True(result.JoinUrlChanged);
        Assert.Equal(JoinLinkStatus.Present, result.JoinLink);
        Assert.NotEqual(booking.JoinUrl, result.JoinUrl);
        Assert.Equal(host.Server.Event(booking.EventId!)!["onlineMeeting"]!["joinUrl"]!.GetValue<string>(), result.JoinUrl);
        Assert.Contains(host.Logs.Events, e => e.EventId == 8404);
    }

    [Fact]
    public async Task UpdateEvent_WindowEventBody_PatchesBodyWithTheNewLinkAndReadsNothingBack()
    {
        await using var host = await GraphTestHost.StartAsync();
        var booking = await host.Gateway.CreateWindowEventAsync(CalendarTestData.WindowEvent("https://teams.microsoft.com/l/meetup-join/old"), CancellationToken.None);

        var result = await host.Gateway.UpdateEventAsync(
            new CalendarEventUpdate(new CalendarEventRef(CalendarTestData.Organizer, booking.EventId!), CalendarEventKind.Window, Body: new EventBody("Nieuwe link.", "https://teams.microsoft.com/l/meetup-join/new")),
            CancellationToken.None);

        Assert.Equal(new CalendarUpdateResult(CalendarStatus.Booked, null, JoinLinkStatus.NotApplicable, false), result);
        Assert.Equal([FakeGraphOperation.CreateEvent, FakeGraphOperation.UpdateEvent], host.Server.Requests.Select(r => r.Operation));
        var patch = host.Server.Requests[1];
        Assert.Equal("Nieuwe link.\n\nhttps://teams.microsoft.com/l/meetup-join/new", patch.Text("body", "content"));
        Assert.False(patch.Has("attendees"));
        Assert.False(patch.Has("start"));
    }

    public static TheoryData<string, CalendarEventUpdate, string> RefusedUpdates => new()
    {
        { "body of the online meeting", new CalendarEventUpdate(new CalendarEventRef(CalendarTestData.Organizer, "AAMkAD-1"), CalendarEventKind.OnlineMeeting, Body: new EventBody("x", null)), "the body of an online-meeting event is never changed" },
        { "nothing to change", new CalendarEventUpdate(new CalendarEventRef(CalendarTestData.Organizer, "AAMkAD-1"), CalendarEventKind.OnlineMeeting), "nothing to change: no times, attendees or body" },
        { "attendee listed twice", new CalendarEventUpdate(new CalendarEventRef(CalendarTestData.Organizer, "AAMkAD-1"), CalendarEventKind.OnlineMeeting, Attendees: [new("a@x.example", "A"), new("a@x.example", "A")]), "attendee 2 is listed twice" },
    };

    [Theory]
    [MemberData(nameof(RefusedUpdates))]
    public async Task UpdateEvent_Refused_InvalidAndNoRequestSent(string scenario, CalendarEventUpdate update, string reason)
    {
        _ = scenario;
        await using var host = await GraphTestHost.StartAsync();

        var result = await host.Gateway.UpdateEventAsync(update, CancellationToken.None);

        Assert.Equal(new CalendarUpdateResult(CalendarStatus.Invalid(reason), null, JoinLinkStatus.NotApplicable, false), result);
        Assert.Empty(host.Server.Requests);
    }

    [Fact]
    public async Task CancelEvent_Comment_PostsCancelAnswered202ThenTheEventIsGone()
    {
        await using var host = await GraphTestHost.StartAsync();
        var booking = await host.Gateway.CreateWindowEventAsync(CalendarTestData.WindowEvent("https://teams.microsoft.com/l/meetup-join/m"), CancellationToken.None);
        var eventRef = new CalendarEventRef(CalendarTestData.Organizer, booking.EventId!);

        var cancelled = await host.Gateway.CancelEventAsync(new CalendarCancellation(eventRef, "Halt hoeft niet meer aan te schuiven."), CancellationToken.None);
        var again = await host.Gateway.CancelEventAsync(new CalendarCancellation(eventRef, "Nogmaals."), CancellationToken.None);

        Assert.Equal(CalendarStatus.Booked, cancelled);
        Assert.Equal(CalendarStatus.Failed(CalendarOutcome.NotFound, "404 ErrorItemNotFound"), again);
        var cancel = host.Server.Of(FakeGraphOperation.CancelEvent)[0];
        Assert.Equal("POST", cancel.Method);
        Assert.Equal(EventsPath + "/" + booking.EventId + "/cancel", cancel.RawTarget);
        Assert.Equal(202, cancel.StatusCode);
        Assert.Equal("Halt hoeft niet meer aan te schuiven.", cancel.Text("comment")); // sent as "Comment": read in any case
        Assert.Null(host.Server.Event(booking.EventId!));
    }

    [Fact]
    public async Task ReadJoinLink_Unchanged_PresentAndNotChanged()
    {
        await using var host = await GraphTestHost.StartAsync();
        var booking = await host.Gateway.CreateOnlineMeetingAsync(CalendarTestData.Meeting(), CancellationToken.None);

        var result = await host.Gateway.ReadJoinLinkAsync(new CalendarEventRef(CalendarTestData.Organizer, booking.EventId!), booking.JoinUrl, CancellationToken.None);

        Assert.Equal(new CalendarUpdateResult(CalendarStatus.Booked, booking.JoinUrl, JoinLinkStatus.Present, false), result);
        Assert.Equal(FakeGraphOperation.GetEvent, host.Server.Requests[^1].Operation);
    }
}
