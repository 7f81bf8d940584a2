using PmgBot.Core.Features.Meetings.Calendar;

namespace PmgBot.Graph;

/// <summary>
/// Reads getSchedule's <c>availabilityView</c>: one digit per slot from the asked start (0 free, 1 tentative, 2 busy,
/// 3 out of office, 4 working elsewhere). Only these digits are used, never <c>scheduleItems</c>, which can carry
/// subjects and places of other people's appointments.
/// </summary>
internal static class AvailabilityView
{
    public static IReadOnlyList<BusyInterval> Parse(string? view, CalendarWindow window, TimeSpan slot)
    {
        var intervals = new List<BusyInterval>();
        if (string.IsNullOrEmpty(view))
        {
            return intervals;
        }

        for (var i = 0; i < view.Length; i++)
        {
            var start = window.Start + (slot * i);
            if (start >= window.End)
            {
                break;
            }

            if (Kind(view[i]) is not { } kind)
            {
                continue;
            }

            var end = start + slot < window.End ? start + slot : window.End;
            if (intervals.Count > 0 && intervals[^1] is { } previous && previous.Kind == kind && previous.End == start)
            {
                intervals[^1] = previous with { End = end };
            }
            else
            {
                intervals.Add(new BusyInterval(start, end, kind));
            }
        }

        return intervals;
    }

    private static BusyKind? Kind(char digit) => digit switch
    {
        '1' => BusyKind.Tentative,
        '2' => BusyKind.Busy,
        '3' => BusyKind.OutOfOffice,
        '4' => BusyKind.Elsewhere,
        _ => null, // '0' free; anything else is not something Graph documents
    };
}
