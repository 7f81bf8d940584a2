namespace PmgBot.Core.Features.Chair;

/// <summary>
/// The texts of the chair actions in the turn's language (no youth names: they end up in message text too); the
/// keys are in YouthRecordMessages.Keys.cs.
/// </summary>
public static partial class YouthRecordMessages
{
    public static string ReasonTooLong(int length) => ReasonTooLongText(YouthRecordLimits.ReasonMaxLength, length);
}
