using PmgBot.Core.Time;

namespace PmgBot.Core.Features.Actions.Decisions;

/// <summary>
/// The texts of recording a decision in the turn's language (no youth names: they can end up in message text); the
/// keys are in DecisionMessages.Keys.cs.
/// </summary>
public static partial class DecisionMessages
{
    /// <summary>The level history's reason when the chair gave none (vervolg from geen, afschalen): stored, so always Dutch.</summary>
    public static string DiscussedOn(DateTime meetingStartsAtUtc) =>
        "Besluit JPP-overleg van " + AmsterdamTime.DayMonthYear(meetingStartsAtUtc) + ".";

    public static string TooLong(int max, int length) => TooLongText(max, length);

    public static string Recorded(int items) => items switch
    {
        0 => RecordedNone,
        1 => RecordedOne,
        _ => RecordedMany(items),
    };
}
