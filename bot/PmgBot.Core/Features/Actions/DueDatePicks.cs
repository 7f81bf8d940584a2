using System.Globalization;
using PmgBot.Cards.Data;
using PmgBot.Core.Features.Actions.Decisions;
using PmgBot.Core.Time;

namespace PmgBot.Core.Features.Actions;

/// <summary>
/// The quick picks for an action item's due date, counted in Dutch working days (national holidays and the
/// municipality's closing days skipped): within a week (5 working days), within two weeks (10), and before the JPP's
/// next meeting (the working day before it, when that is still ahead). The value is the date (yyyy-MM-dd); the title
/// is in the turn's language. <see cref="Default"/> is the one the card prefills in every item row.
/// </summary>
public static class DueDatePicks
{
    private const int Week = 5;
    private const int TwoWeeks = 10;

    public static IReadOnlyList<ChoiceData> For(DateOnly today, WorkingDays workingDays, DateOnly? nextMeeting)
    {
        ArgumentNullException.ThrowIfNull(workingDays);
        var picks = new List<ChoiceData>
        {
            Pick(DecisionTexts.DueWithinWeek, workingDays.Add(today, Week)),
            Pick(DecisionTexts.DueWithinTwoWeeks, workingDays.Add(today, TwoWeeks)),
        };
        if (BeforeNextJpp(today, workingDays, nextMeeting) is { } before)
        {
            picks.Add(Pick(DecisionTexts.DueBeforeNextJpp, before));
        }

        return picks;
    }

    /// <summary>
    /// The pick's date the card prefills: "before the next JPP", where the owner reports back, when that leaves at least
    /// a working week; else (no next meeting planned, or one too soon to get anything done) "within two weeks", the JPP's
    /// two-weekly rhythm. Always the value of one of <see cref="For"/>'s picks.
    /// </summary>
    public static DateOnly Default(DateOnly today, WorkingDays workingDays, DateOnly? nextMeeting)
    {
        ArgumentNullException.ThrowIfNull(workingDays);
        return BeforeNextJpp(today, workingDays, nextMeeting) is { } before && before >= workingDays.Add(today, Week)
            ? before
            : workingDays.Add(today, TwoWeeks);
    }

    private static DateOnly? BeforeNextJpp(DateOnly today, WorkingDays workingDays, DateOnly? nextMeeting) =>
        nextMeeting is { } meeting && workingDays.Add(meeting, -1) is var before && before > today ? before : null;

    private static ChoiceData Pick(Func<object?, string> title, DateOnly date) =>
        new(title(ShownDates.WeekdayDayMonth(date)), date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
}
