using PmgBot.Core.Directory;

namespace PmgBot.Core.Register;

/// <summary>What the handlers of a new report share: the stored report (tracked by nobody) and what they did, for the confirmation card.</summary>
public sealed class ReportSubmittedContext(Report report, ProfessionalProfile reporter)
{
    public Report Report { get; } = report;

    public ProfessionalProfile Reporter { get; } = reporter;

    /// <summary>Display names (with organisation) of the professionals alerted at once (spoed), for the reporter.</summary>
    public List<string> Alerted { get; } = [];

    /// <summary>The youth code the report was linked to (sure match or new record), if any.</summary>
    public string? YouthCode { get; set; }
}
