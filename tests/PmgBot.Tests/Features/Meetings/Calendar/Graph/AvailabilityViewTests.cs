using PmgBot.Core.Features.Meetings.Calendar;
using PmgBot.Graph;

namespace PmgBot.Tests.Features.Meetings.Calendar.Graph;

public sealed class AvailabilityViewTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 10, 13, 0, 0, TimeSpan.Zero);

    public static TheoryData<string, int, (int From, int To, BusyKind Kind)[]> Views => new()
    {
        // view, window in minutes, expected intervals in minutes from the start
        { "", 60, [] },
        { "0000", 60, [] },
        { "2222", 60, [(0, 60, BusyKind.Busy)] },
        { "2112", 60, [(0, 15, BusyKind.Busy), (15, 45, BusyKind.Tentative), (45, 60, BusyKind.Busy)] },
        { "0340", 60, [(15, 30, BusyKind.OutOfOffice), (30, 45, BusyKind.Elsewhere)] },
        { "0x20", 60, [(30, 45, BusyKind.Busy)] },
        { "2222", 20, [(0, 20, BusyKind.Busy)] },
        { "22", 60, [(0, 30, BusyKind.Busy)] },
    };

    [Theory]
    [MemberData(nameof(Views))]
    public void Parse_View_BusyIntervalsOfConsecutiveSlots(string view, int minutes, (int From, int To, BusyKind Kind)[] expected)
    {
        var window = new CalendarWindow(Start, Start.AddMinutes(minutes));

        var intervals = AvailabilityView.Parse(view, window, TimeSpan.FromMinutes(15));

        Assert.Equal(expected.Select(e => new BusyInterval(Start.AddMinutes(e.From), Start.AddMinutes(e.To), e.Kind)), intervals);
    }
}
