namespace PmgBot.Core.Features.Chair;

public static class YouthRecordLimits
{
    /// <summary>Reasons (level change, sharing) are stored up to this many characters (the column size).</summary>
    public const int ReasonMaxLength = 500;
}
