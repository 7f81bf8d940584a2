namespace PmgBot.Core.Register;

/// <summary>What the follow-up steps of a new report share: the stored report (tracked by nobody) and what the earlier steps did.</summary>
public sealed class ReportSubmittedContext(Report report)
{
    public Report Report { get; } = report;

    /// <summary>Display names (with organisation) of the professionals whose spoed alert was queued.</summary>
    public List<string> Alerted { get; } = [];

    /// <summary>The youth code the report was linked to (sure match or new record), if any.</summary>
    public string? YouthCode { get; set; }
}
