namespace PmgBot.Core.Audit;

public static class AuditActors
{
    /// <summary>The bot itself, a job or a command-line operation.</summary>
    public const string System = "system";

    /// <summary>A request without any user id.</summary>
    public const string Anonymous = "anonymous";
}
