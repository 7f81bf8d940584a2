using PmgBot.Jobs;
using PmgBot.Core.Outbox;
using PmgBot.Core.Register;
using PmgBot.Core.Directory;
using PmgBot.Core.Features.Meetings.Agenda;
using PmgBot.Core.Features.Meetings.Bookings;
using PmgBot.Core.Features.Meetings.Calendar;

namespace PmgBot.Tests.Features.Meetings.Bookings;

public sealed class BookingPlanBuilderTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 8, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Build_PlannedAgenda_WindowsAsTimesWithCasesAndInviteesOutsideTheCore()
    {
        var agenda = new AgendaRequest(
        [
            new AgendaItem("PMG-J-0017", 10, ["politie", "halt"]),
            new AgendaItem("PMG-J-0018", 15, ["halt"]),
            new AgendaItem("PMG-J-0019", 20, ["school", "politie"]),
        ]);
        var planned = new AgendaPlanner().Plan(agenda);
        Assert.True(planned.Succeeded, string.Join(" ", planned.Errors));
        var meeting = new MeetingBookingPlan("m", 1, "Heerlen", "jpp@gemeente.example", new CalendarWindow(Start, Start.AddMinutes(45)),
            [new("voorzitter@gemeente.example", "Voorzitter"), new("wijkagent@politie.example", "Wijkagent")], []);
        var invited = new Dictionary<string, IReadOnlyList<CalendarAttendee>>
        {
            ["politie"] = [new("wijkagent@politie.example", "Wijkagent"), new("jeugdagent@politie.example", "Jeugdagent"), new("JEUGDAGENT@politie.example", "Jeugdagent")],
            ["halt"] = [new("halt@halt.example", "Halt")],
            ["school"] = [new("WIJKAGENT@politie.example", "Wijkagent")],
        };

        var built = BookingPlanBuilder.Build(meeting, agenda, planned.Plan!, invited);

        Assert.Equal(["halt", "politie"], built.Organisations.Select(o => o.OrganisationId).Order(StringComparer.Ordinal));
        var politie = built.Organisations.Single(o => o.OrganisationId == "politie");
        Assert.Equal(2, politie.CaseCount);
        Assert.Equal(["jeugdagent@politie.example"], politie.Attendees.Select(a => a.Email));
        var window = planned.Plan!.Windows["politie"];
        Assert.Equal(new CalendarWindow(Start.AddMinutes(window.Start), Start.AddMinutes(window.End)), politie.Window);
        Assert.Equal(2, built.Organisations.Single(o => o.OrganisationId == "halt").CaseCount);
        Assert.Equal(meeting.CoreMembers, built.CoreMembers);
    }
}
