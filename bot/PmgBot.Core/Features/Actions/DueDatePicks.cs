using System.Globalization;
using PmgBot.Cards.Data;
using PmgBot.Core.Time;

namespace PmgBot.Core.Features.Actions;

/// <summary>
/// The quick picks for an action item's due date, counted in Dutch working days (national holidays and the
/// municipality's closing days skipped): within a week (5 working days), within two weeks (10), and before the JPP's
/// next meeting (the working day before it, when that is still ahead). The value is the date (yyyy-MM-dd).
/// </summary>
public static class DueDatePicks
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    public static IReadOnlyList<ChoiceData> For(DateOnly today, WorkingDays workingDays, DateOnly? nextMeeting)
    {
        ArgumentNullException.ThrowIfNull(workingDays);
        var picks = new List<ChoiceData>
        {
            Pick("binnen een week", workingDays.Add(today, 5)),
            Pick("binnen twee weken", workingDays.Add(today, 10)),
        };
        if (nextMeeting is { } meeting && workingDays.Add(meeting, -1) is var before && before > today)
        {
            picks.Add(Pick("voor de volgende JPP", before));
        }

        return picks;
    }

    private static ChoiceData Pick(string title, DateOnly date) =>
        new($"{title} ({date.ToString("dddd d MMMM", Dutch)})", date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
}
