using PmgBot.Core.Data;

namespace PmgBot.Core.Audit;

/// <summary>One append-only audit entry: who did what, when, to which record, with what outcome.</summary>
public sealed class AuditEvent : IAppendOnly
{
    public long Id { get; set; }
    public DateTime AtUtc { get; set; }
    /// <summary>Entra object id of the actor (or "system").</summary>
    public required string Actor { get; set; }
    public required string Action { get; set; }
    public string? RecordType { get; set; }
    public string? RecordId { get; set; }
    public required string Outcome { get; set; }
    /// <summary>Short technical detail; never youth names or case facts.</summary>
    public string? Detail { get; set; }
}
