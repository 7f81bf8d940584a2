using System.Text.Json;
using PmgBot.Core.Features.Meetings.Calendar;

namespace PmgBot.Tests.Features.Meetings.Calendar.Graph;

/// <summary>The gateway sends what the caller gives it and nothing else: with case codes in, no youth name goes out.</summary>
public sealed class GraphPrivacyTests
{
    [Fact]
    public async Task WholeBooking_CaseCodesOnly_NoRequestCarriesAYouthNameOrAnyTextNotGiven()
    {
        await using var host = await GraphTestHost.StartAsync();
        var meeting = CalendarTestData.Meeting();
        var booking = await host.Gateway.CreateOnlineMeetingAsync(meeting, CancellationToken.None);
        var window = CalendarTestData.WindowEvent(booking.JoinUrl);
        var windowBooking = await host.Gateway.CreateWindowEventAsync(window, CancellationToken.None);
        var meetingRef = new CalendarEventRef(CalendarTestData.Organizer, booking.EventId!);
        var windowRef = new CalendarEventRef(CalendarTestData.Organizer, windowBooking.EventId!);
        var newBody = new EventBody("Je venster is verschoven naar 14:40 tot 15:00 voor PMG-J-0017.", booking.JoinUrl);
        await host.Gateway.UpdateEventAsync(new CalendarEventUpdate(meetingRef, CalendarEventKind.OnlineMeeting, CalendarTestData.Summer, CalendarTestData.CoreMembers, KnownJoinUrl: booking.JoinUrl), CancellationToken.None);
        await host.Gateway.UpdateEventAsync(new CalendarEventUpdate(windowRef, CalendarEventKind.Window, Body: newBody), CancellationToken.None);
        await host.Gateway.CancelEventAsync(new CalendarCancellation(windowRef, "Het venster van Halt vervalt (PMG-J-0017 is afgerond)."), CancellationToken.None);
        await host.Gateway.GetFreeBusyAsync(new FreeBusyQuery(CalendarTestData.Organizer, [.. CalendarTestData.CoreMembers.Select(a => a.Email)], CalendarTestData.Winter), CancellationToken.None);

        var given = new HashSet<string>(StringComparer.Ordinal)
        {
            meeting.Subject, meeting.BodyText, meeting.TransactionId,
            window.Subject, window.Body.Compose(), window.TransactionId,
            newBody.Compose(), "Het venster van Halt vervalt (PMG-J-0017 is afgerond).",
            // times, the time zone and Graph's enumeration values
            "2026-03-10T14:00:00", "2026-03-10T16:00:00", "2026-03-10T14:20:00", "2026-03-10T14:40:00",
            "2026-06-09T14:00:00", "2026-06-09T16:00:00", "W. Europe Standard Time",
            "text", "required", "optional", "teamsForBusiness",
        };
        foreach (var attendee in CalendarTestData.CoreMembers.Concat(window.Attendees))
        {
            given.Add(attendee.Email);
            given.Add(attendee.Name);
        }

        Assert.Equal(7, host.Server.Requests.Count); // the meeting's PATCH is followed by a read of its join link
        foreach (var request in host.Server.Requests)
        {
            Assert.DoesNotContain(CalendarTestData.YouthName, request.RawTarget + request.Body, StringComparison.OrdinalIgnoreCase);
            foreach (var (name, value) in StringsIn(request.Body))
            {
                // "@odata.type" names the SDK's model type (#microsoft.graph.event): protocol, not content.
                Assert.True(
                    given.Contains(value) || (name == "@odata.type" && value.StartsWith("#microsoft.graph.", StringComparison.Ordinal)),
                    $"{request.Operation} sent \"{name}\": \"{value}\", which the caller did not give");
            }
        }
    }

    private static IEnumerable<(string Name, string Value)> StringsIn(string body)
    {
        if (string.IsNullOrEmpty(body))
        {
            return [];
        }

        using var document = JsonDocument.Parse(body);
        var found = new List<(string, string)>();
        Collect(document.RootElement, string.Empty, found);
        return found;
    }

    private static void Collect(JsonElement element, string name, List<(string, string)> found)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    Collect(property.Value, property.Name, found);
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Collect(item, name, found);
                }

                break;
            case JsonValueKind.String:
                found.Add((name, element.GetString()!));
                break;
        }
    }
}
