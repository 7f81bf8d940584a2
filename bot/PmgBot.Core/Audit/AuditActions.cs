namespace PmgBot.Core.Audit;

/// <summary>Action names used in the audit log (lower-case, dotted).</summary>
public static class AuditActions
{
    public const string AccessRefused = "access.refused";
    public const string DirectoryImport = "directory.import";

    // Youth register — chair actions (YouthRecordService, ChairFlow)
    public const string YouthViewChair = "youth.view-chair";
    public const string YouthAssignCasusregisseur = "youth.assign-casusregisseur";
    public const string YouthSetLevel = "youth.set-level";
    public const string YouthAddOrganisation = "youth.add-organisation";
    public const string YouthShare = "youth.share";
    public const string YouthNoticeCasusregisseur = "youth.notice-casusregisseur";

    // Youth register — lookup (LookupFlow, MyCasesFlow). Record: the youth code when one was shown, else none.
    public const string YouthLookup = "youth.lookup";
    public const string YouthView = "youth.view";
    public const string MatchNoticeOpened = "match.notice-opened";
    public const string YouthListOwnCases = "youth.list-own";

    // Reports (issue 3, report flow): record = the report reference (PMG-2026-00042); no names in the detail.
    public const string ReportSubmit = "report.submit";
    public const string ReportViewOwn = "report.view-own";
    public const string ReportUrgentAlert = "report.urgent-alert";

    // Screening and match notices (issue 3: matching, screening) — ScreeningFlow, MatchNoticeHandler
    public const string ScreeningQueueView = "screening.queue-view";
    public const string ScreeningView = "screening.view";
    public const string ScreeningDecide = "screening.decide";
    public const string ScreeningNoticeSent = "screening.notice-sent";
    public const string ReportStatusSent = "report.status-sent";
    public const string MatchResolve = "match.resolve";
    public const string MatchNoticeSent = "match.notice-sent";
}
