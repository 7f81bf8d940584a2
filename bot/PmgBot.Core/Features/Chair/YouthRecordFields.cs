namespace PmgBot.Core.Features.Chair;

/// <summary>The input fields of the chair actions; also the input ids on the <c>youth-chair</c> card and the keys of the verb data.</summary>
public static class YouthRecordFields
{
    public const string Casusregisseur = "casusregisseur";
    public const string Level = "level";
    public const string LevelReason = "levelReason";
    public const string Procesregisseur = "procesregisseur";
    public const string Organisation = "organisation";
    public const string Jpp = "jpp";
    public const string ShareReason = "shareReason";
}
