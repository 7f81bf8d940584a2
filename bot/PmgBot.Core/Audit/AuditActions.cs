namespace PmgBot.Core.Audit;

/// <summary>Action names used in the audit log (lower-case, dotted).</summary>
public static class AuditActions
{
    public const string AccessRefused = "access.refused";
    public const string DirectoryImport = "directory.import";
}
