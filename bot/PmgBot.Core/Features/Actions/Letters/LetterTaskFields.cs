namespace PmgBot.Core.Features.Actions.Letters;

/// <summary>The input ids of the letter task card; also the field names of its messages.</summary>
public static class LetterTaskFields
{
    public const string Addressee = "addressee";
    public const string SentOn = "sentOn";
    public const string NotSentReason = "notSentReason";
}
