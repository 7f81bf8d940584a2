namespace PmgBot.Core.Audit;

/// <summary>Action names used in the audit log (lower-case, dotted).</summary>
public static class AuditActions
{
    public const string AccessRefused = "access.refused";
    public const string DirectoryImport = "directory.import";

    // Reports (issue 3, report flow): record = the report reference (PMG-2026-00042); no names in the detail.
    public const string ReportSubmit = "report.submit";
    public const string ReportViewOwn = "report.view-own";
    public const string ReportUrgentAlert = "report.urgent-alert";
    // Youth register — lookup (LookupFlow, MyCasesFlow). Record: the youth code when one was shown, else none.
    public const string YouthLookup = "youth.lookup";
    public const string YouthView = "youth.view";
    public const string MatchNoticeOpened = "match.notice-opened";
    public const string YouthListOwnCases = "youth.list-own";
}
