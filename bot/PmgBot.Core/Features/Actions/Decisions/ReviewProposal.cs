namespace PmgBot.Core.Features.Actions.Decisions;

/// <summary>
/// The next review date the decision card proposes (prefilled, editable): the JPP's review period for the youth's level
/// after a vervolg (geen and afgesloten become groen) counted from today, moved to the first planned meeting of the JPP on
/// or after that day, so the youth comes back on that meeting's agenda; when none is planned that far ahead, the day itself.
/// </summary>
/// <param name="Date">The proposed date.</param>
/// <param name="Weeks">The review period it is based on.</param>
/// <param name="AtMeeting">True when <paramref name="Date"/> is a planned meeting's day.</param>
public sealed record ReviewProposal(DateOnly Date, int Weeks, bool AtMeeting)
{
    /// <param name="today">Today in Amsterdam.</param>
    /// <param name="weeks">The review period in weeks (1–52).</param>
    /// <param name="meetingDays">The days (Amsterdam) of the JPP's planned meetings after now, in any order.</param>
    public static ReviewProposal For(DateOnly today, int weeks, IEnumerable<DateOnly> meetingDays)
    {
        ArgumentNullException.ThrowIfNull(meetingDays);
        var due = today.AddDays(7 * weeks);
        var latest = today.AddDays(DecisionLimits.MaxDaysAhead);
        var meeting = meetingDays.Where(d => d >= due && d <= latest).Order().Cast<DateOnly?>().FirstOrDefault();
        return meeting is { } day ? new ReviewProposal(day, weeks, true) : new ReviewProposal(due, weeks, false);
    }
}
