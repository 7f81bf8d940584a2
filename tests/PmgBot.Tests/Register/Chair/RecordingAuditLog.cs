using PmgBot.Core.Audit;

namespace PmgBot.Tests.Register.Chair;

/// <summary>An audit log that keeps its entries in memory.</summary>
internal sealed class RecordingAuditLog : IAuditLog
{
    public List<(string Action, string? RecordId, string Outcome, string? Detail)> Entries { get; } = [];

    public Task RecordAsync(string actor, string action, string? recordType, string? recordId, string outcome, string? detail, CancellationToken cancellationToken)
    {
        Entries.Add((action, recordId, outcome, detail));
        return Task.CompletedTask;
    }
}
