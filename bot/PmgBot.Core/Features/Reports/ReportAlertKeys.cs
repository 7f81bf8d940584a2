namespace PmgBot.Core.Features.Reports;

/// <summary>The outbox dedup keys of urgent alerts: one message per report and recipient, also when run again.</summary>
public static class ReportAlertKeys
{
    public static string UrgentPrefix(string reference) => "urgent-alert:" + reference + ":";

    public static string Urgent(string reference, string recipientAadObjectId) => UrgentPrefix(reference) + recipientAadObjectId;
}
