namespace PmgBot.Cards;

/// <summary>The names of the embedded card templates (file name without ".json").</summary>
public static class CardTemplateNames
{
    /// <summary>Data: <c>WelcomeCardData</c>.</summary>
    public const string Welcome = "welcome";

    /// <summary>Data: <c>MenuCardData</c>.</summary>
    public const string Menu = "menu";

    /// <summary>Data: <c>MyDetailsCardData</c>.</summary>
    public const string MyDetails = "my-details";

    /// <summary>Data: <c>PrivacyCardData</c>.</summary>
    public const string Privacy = "privacy";

    /// <summary>Data: <see cref="Data.GroupHelpCardData"/>.</summary>
    public const string GroupHelp = "group-help";

    /// <summary>Data: <see cref="Data.NoAccessCardData"/>.</summary>
    public const string NoAccess = "no-access";

    /// <summary>Data: <c>NetworkOverviewCardData</c>.</summary>
    public const string NetworkOverview = "network-overview";

    /// <summary>Data: <c>RoleSwitchCardData</c> (Development only).</summary>
    public const string RoleSwitch = "role-switch";

    /// <summary>Data: <see cref="Data.ErrorCardData"/>.</summary>
    public const string Error = "error";

    /// <summary>Data: <see cref="Data.CaseNoticeCardData"/>. A content-free proactive notice: case code only, details behind a button.</summary>
    public const string CaseNotice = "case-notice";

    /// <summary>Data: <c>YouthChairCardData</c>. The chair's actions on one youth (casusregisseur, level, organisations, sharing, level history).</summary>
    public const string YouthChair = "youth-chair";

    // Youth register — lookup
    /// <summary>Data: <c>YouthSearchCardData</c>. Search by name and optional date of birth.</summary>
    public const string YouthSearch = "youth-search";

    /// <summary>Data: <c>YouthCardData</c>. The full youth card.</summary>
    public const string Youth = "youth";

    /// <summary>Data: <c>YouthContactCardData</c>. Only the casusregisseur's contact (recent reporters).</summary>
    public const string YouthContact = "youth-contact";

    /// <summary>Data: <c>YouthChoicesCardData</c>. Several matches.</summary>
    public const string YouthChoices = "youth-choices";

    /// <summary>Data: <c>MyCasesCardData</c>. "Mijn casussen".</summary>
    public const string MyCases = "my-cases";

    // Reports (issue 3, report flow)

    /// <summary>Data: <c>ReportCardData</c>. The report form; submit verb <c>report.submit</c>.</summary>
    public const string Report = "report";

    /// <summary>Data: <c>ReportConfirmationCardData</c>. Reference, who screens it, next JPP, what to do when urgent.</summary>
    public const string ReportConfirmation = "report-confirmation";

    /// <summary>Data: <c>MyReportsCardData</c>. "Mijn meldingen": own reports with status, no names.</summary>
    public const string MyReports = "my-reports";

    // Screening (issue 3) — ScreeningFlow
    /// <summary>Data: <c>ScreeningQueueCardData</c>. The reports waiting for screening in the chair's JPPs.</summary>
    public const string ScreeningQueue = "screening-queue";

    /// <summary>Data: <c>ScreeningCardData</c>. One report for the chair: content, match, decisions; refreshed for the JPP's chairs.</summary>
    public const string Screening = "screening";

    // JPP meetings (issue 14)
    /// <summary>Data: <c>MeetingDigestCardData</c>. The chair's digest of a meeting: counts, conflicts, the planned agenda, confirm.</summary>
    public const string MeetingDigest = "meeting-digest";

    /// <summary>Data: <c>MeetingWindowCardData</c>. A participant's invitation: JPP, date, their window, the number of cases, the join link; no codes.</summary>
    public const string MeetingWindow = "meeting-window";

    // After the meeting: decisions and action items (issue 15)
    /// <summary>Data: <c>DecisionCardData</c>. The chair records the JPP's decision about one youth with its action items.</summary>
    public const string Decision = "decision";

    /// <summary>Data: <c>ActionItemCardData</c>. One action item; refreshed for owner, chairs and casusregisseur.</summary>
    public const string ActionItem = "action-item";

    /// <summary>Data: <c>MyActionsCardData</c>. "Mijn acties": one's open items by due date.</summary>
    public const string MyActions = "my-actions";

    /// <summary>Data: <c>JppActionsCardData</c>. The chair's overview per JPP: open, overdue, done since the last meeting.</summary>
    public const string JppActions = "jpp-actions";

    /// <summary>Data: <c>LetterTaskCardData</c>. The casusregisseur's letter task: addressee, draft link, verstuurd / niet verstuurd.</summary>
    public const string LetterTask = "letter-task";
}
