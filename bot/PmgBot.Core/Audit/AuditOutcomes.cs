namespace PmgBot.Core.Audit;

public static class AuditOutcomes
{
    public const string Success = "success";
    public const string Rejected = "rejected";
    public const string Failed = "failed";
    public const string UnknownTenant = "unknown-tenant";
    public const string UnknownUser = "unknown-user";
    public const string Inactive = "inactive";
}
