namespace PmgBot.Core.Features.Reports;

/// <summary>What <see cref="IReportService.SubmitAsync"/> did.</summary>
public enum ReportSubmitOutcome
{
    /// <summary>A new report was stored; its follow-up (matching, notices, alerts) runs next in the follow-up job.</summary>
    Stored = 0,

    /// <summary>This card was submitted before by the same reporter: the existing report, nothing stored.</summary>
    AlreadyStored = 1,

    /// <summary>The municipality has no JPP yet: nothing stored.</summary>
    NoJpp = 2,

    /// <summary>The municipality id is not in the directory: nothing stored.</summary>
    UnknownMunicipality = 3,

    /// <summary>The card id was used by another reporter (a forged or shared card): nothing stored, nothing shown.</summary>
    CardOfSomeoneElse = 4,

    /// <summary>The reporter's roles do not allow submitting (access matrix) or the reporter is inactive: nothing stored.</summary>
    NotAllowed = 5,
}
