namespace PmgBot.Core.Directory;

/// <summary>Section names used in error messages (Dutch, as the operator reads them); a feature's section names its own.</summary>
internal static class ImportSections
{
    public const string File = "bestand";
    public const string Organisations = "organisaties";
    public const string Municipalities = "gemeenten";
    public const string Jpps = "jpp's";
    public const string Professionals = "professionals";
}
