using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PmgBot.Core.Data;
using PmgBot.Core.Protocol;

namespace PmgBot.Core.Outbox;

/// <summary>
/// EF implementation of <see cref="IOutbox"/>: the message is committed to the database before anything is sent;
/// the dispatcher (jobs) sends it. A dedup key is unique: enqueueing it again returns the first message's id.
/// </summary>
internal sealed class Outbox(PmgDbContext db, IOutboxSignal signal, TimeProvider time) : IOutbox
{
    public async Task<Guid> EnqueueAsync(ConversationReference target, Activity activity, string? dedupKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentException.ThrowIfNullOrWhiteSpace(target.ServiceUrl);
        ArgumentException.ThrowIfNullOrWhiteSpace(target.ConversationId);
        if (dedupKey is not null)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(dedupKey);
            var existing = await FindAsync(dedupKey, cancellationToken).ConfigureAwait(false);
            if (existing is { } id)
            {
                return id;
            }
        }

        var now = time.GetUtcNow().UtcDateTime;
        var outgoing = activity with
        {
            Type = activity.Type ?? ActivityTypes.Message,
            Conversation = activity.Conversation ?? new ConversationAccount { Id = target.ConversationId },
        };
        var message = new OutboxMessage
        {
            Id = Guid.CreateVersion7(time.GetUtcNow()),
            DedupKey = dedupKey,
            ServiceUrl = target.ServiceUrl,
            ConversationId = target.ConversationId,
            TenantId = target.TenantId,
            ActivityJson = JsonSerializer.Serialize(outgoing, ProtocolJson.Options),
            Status = OutboxStatus.Pending,
            CreatedAtUtc = now,
            NextAttemptAtUtc = now,
        };
        db.OutboxMessages.Add(message);
        try
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateException) when (dedupKey is not null)
        {
            // Another caller stored the same key between our check and insert: theirs is the one.
            db.Entry(message).State = EntityState.Detached;
            if (await FindAsync(dedupKey, cancellationToken).ConfigureAwait(false) is { } winner)
            {
                return winner;
            }

            throw;
        }

        signal.Notify();
        return message.Id;
    }

    private Task<Guid?> FindAsync(string dedupKey, CancellationToken cancellationToken) =>
        db.OutboxMessages.AsNoTracking()
            .Where(m => m.DedupKey == dedupKey)
            .Select(m => (Guid?)m.Id)
            .FirstOrDefaultAsync(cancellationToken);
}
