using System.Collections.Concurrent;
using PmgBot.Core.Audit;
using PmgBot.Core.Data;

namespace PmgBot.Tests.Support;

/// <summary>An audit log that keeps the events in memory (action, record id, outcome, detail), also those added to a unit of work.</summary>
internal sealed class RecordingAuditLog : IAuditLog
{
    public ConcurrentQueue<(string Action, string? RecordId, string Outcome, string? Detail)> Events { get; } = new();

    public Task RecordAsync(string actor, string action, string? recordType, string? recordId, string outcome, string? detail, CancellationToken cancellationToken)
    {
        Events.Enqueue((action, recordId, outcome, detail));
        return Task.CompletedTask;
    }

    public void Add(PmgDbContext db, string actor, string action, string? recordType, string? recordId, string outcome, string? detail) =>
        Events.Enqueue((action, recordId, outcome, detail));
}
