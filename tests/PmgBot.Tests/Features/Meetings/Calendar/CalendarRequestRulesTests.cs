using PmgBot.Core.Features.Meetings.Calendar;

namespace PmgBot.Tests.Features.Meetings.Calendar;

public sealed class CalendarRequestRulesTests
{
    private static readonly CalendarEventRef Event = new(CalendarTestData.Organizer, "AAMkAD-1");

    public static TheoryData<string, OnlineMeetingRequest, string?> Meetings => new()
    {
        { "the JPP meeting", CalendarTestData.Meeting(), null },
        { "organizer not an address", CalendarTestData.Meeting() with { OrganizerMailbox = "JPP Heerlen" }, "organizer mailbox is not an e-mail address" },
        { "organizer with a display name", CalendarTestData.Meeting() with { OrganizerMailbox = "JPP <jpp@gemeente.example>" }, "organizer mailbox is not an e-mail address" },
        { "no transaction id", CalendarTestData.Meeting() with { TransactionId = " " }, "transaction id is missing" },
        { "transaction id too long", CalendarTestData.Meeting() with { TransactionId = new string('x', 201) }, "transaction id is too long or holds control characters" },
        { "no subject", CalendarTestData.Meeting() with { Subject = "" }, "subject is missing" },
        { "subject too long", CalendarTestData.Meeting() with { Subject = new string('s', 256) }, "subject is longer than 255 characters" },
        { "end before start", CalendarTestData.Meeting(new CalendarWindow(CalendarTestData.Winter.End, CalendarTestData.Winter.Start)), "end is not after start" },
        { "empty window", CalendarTestData.Meeting(new CalendarWindow(CalendarTestData.Winter.Start, CalendarTestData.Winter.Start)), "end is not after start" },
        { "attendee without address", CalendarTestData.Meeting() with { Attendees = [new("voorzitter@gemeente.example", "P"), new("", "K")] }, "attendee 2 has no valid e-mail address" },
        { "attendee twice", CalendarTestData.Meeting() with { Attendees = [new("a@x.example", "A"), new("A@X.example", "A")] }, "attendee 2 is listed twice" },
        { "attendee of no kind", CalendarTestData.Meeting() with { Attendees = [new("a@x.example", "A", (AttendeeKind)7)] }, "attendee 1 is neither required nor optional" },
    };

    public static TheoryData<string, CalendarEventUpdate, string?> Updates => new()
    {
        { "times of the meeting", new CalendarEventUpdate(Event, CalendarEventKind.OnlineMeeting, Window: CalendarTestData.Summer), null },
        { "full list of a window event", new CalendarEventUpdate(Event, CalendarEventKind.Window, Attendees: CalendarTestData.CoreMembers), null },
        { "body of a window event", new CalendarEventUpdate(Event, CalendarEventKind.Window, Body: new EventBody("tekst", "https://teams.microsoft.com/l/meetup-join/x")), null },
        { "nothing", new CalendarEventUpdate(Event, CalendarEventKind.Window), "nothing to change: no times, attendees or body" },
        { "body of the online meeting", new CalendarEventUpdate(Event, CalendarEventKind.OnlineMeeting, Body: new EventBody("tekst", null)), "the body of an online-meeting event is never changed" },
        { "join link over http", new CalendarEventUpdate(Event, CalendarEventKind.Window, Body: new EventBody("tekst", "http://teams.example/x")), "join link is not an absolute https URL" },
        { "no event id", new CalendarEventUpdate(Event with { EventId = "" }, CalendarEventKind.Window, Window: CalendarTestData.Winter), "event id is missing" },
        { "event mailbox not an address", new CalendarEventUpdate(Event with { Mailbox = "x" }, CalendarEventKind.Window, Window: CalendarTestData.Winter), "event mailbox is not an e-mail address" },
    };

    public static TheoryData<string, FreeBusyQuery, string?> FreeBusy => new()
    {
        { "61 days", new FreeBusyQuery(CalendarTestData.Organizer, ["a@x.example"], new CalendarWindow(CalendarTestData.Winter.Start, CalendarTestData.Winter.Start.AddDays(61))), null },
        { "62 days", new FreeBusyQuery(CalendarTestData.Organizer, ["a@x.example"], new CalendarWindow(CalendarTestData.Winter.Start, CalendarTestData.Winter.Start.AddDays(62))), "free/busy window must be shorter than 62 days" },
        { "no mailboxes", new FreeBusyQuery(CalendarTestData.Organizer, [], CalendarTestData.Winter), "no mailboxes to ask" },
        { "a mailbox not an address", new FreeBusyQuery(CalendarTestData.Organizer, ["a@x.example", "b"], CalendarTestData.Winter), "mailbox 2 is not an e-mail address" },
    };

    [Theory]
    [MemberData(nameof(Meetings))]
    public void Check_Meeting_RefusedWithReasonNamingNoValue(string scenario, OnlineMeetingRequest request, string? expected)
    {
        _ = scenario; // shown in the test name
        Assert.Equal(expected, CalendarRequestRules.Check(request));
    }

    [Theory]
    [MemberData(nameof(Updates))]
    public void Check_Update_RefusedWithReason(string scenario, CalendarEventUpdate update, string? expected)
    {
        _ = scenario; // shown in the test name
        Assert.Equal(expected, CalendarRequestRules.Check(update));
    }

    [Theory]
    [MemberData(nameof(FreeBusy))]
    public void Check_FreeBusy_RefusedWithReason(string scenario, FreeBusyQuery query, string? expected)
    {
        _ = scenario; // shown in the test name
        Assert.Equal(expected, CalendarRequestRules.Check(query));
    }

    [Fact]
    public void Check_WindowEventWithoutJoinLink_Allowed()
    {
        Assert.Null(CalendarRequestRules.Check(CalendarTestData.WindowEvent(joinUrl: null)));
    }

    [Fact]
    public void Compose_JoinLink_OnALineOfItsOwnAfterTheText()
    {
        Assert.Equal("Tekst.\n\nhttps://teams.microsoft.com/l/meetup-join/x", new EventBody("Tekst.\n", "https://teams.microsoft.com/l/meetup-join/x").Compose());
        Assert.Equal("Tekst.", new EventBody("Tekst.", null).Compose());
    }

    [Fact]
    public void MailboxLogRef_SameMailboxAnyCase_SameShortHashWithoutTheAddress()
    {
        var reference = MailboxLogRef.Of(CalendarTestData.Organizer);

        Assert.Equal(reference, MailboxLogRef.Of(" JPP.Heerlen@Gemeente.example "));
        Assert.Equal(12, reference.Length);
        Assert.DoesNotContain("heerlen", reference, StringComparison.OrdinalIgnoreCase);
        Assert.NotEqual(reference, MailboxLogRef.Of("jpp.kerkrade@gemeente.example"));
    }
}
