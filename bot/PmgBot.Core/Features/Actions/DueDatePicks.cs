using System.Globalization;
using PmgBot.Cards.Data;
using PmgBot.Core.Features.Actions.Decisions;
using PmgBot.Core.Time;

namespace PmgBot.Core.Features.Actions;

/// <summary>
/// The quick picks for an action item's due date, counted in Dutch working days (national holidays and the
/// municipality's closing days skipped): within a week (5 working days), within two weeks (10), and before the JPP's
/// next meeting (the working day before it, when that is still ahead). The value is the date (yyyy-MM-dd); the title
/// is in the turn's language.
/// </summary>
public static class DueDatePicks
{
    public static IReadOnlyList<ChoiceData> For(DateOnly today, WorkingDays workingDays, DateOnly? nextMeeting)
    {
        ArgumentNullException.ThrowIfNull(workingDays);
        var picks = new List<ChoiceData>
        {
            Pick(DecisionTexts.DueWithinWeek, workingDays.Add(today, 5)),
            Pick(DecisionTexts.DueWithinTwoWeeks, workingDays.Add(today, 10)),
        };
        if (nextMeeting is { } meeting && workingDays.Add(meeting, -1) is var before && before > today)
        {
            picks.Add(Pick(DecisionTexts.DueBeforeNextJpp, before));
        }

        return picks;
    }

    private static ChoiceData Pick(Func<object?, string> title, DateOnly date) =>
        new(title(ShownDates.WeekdayDayMonth(date)), date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
}
