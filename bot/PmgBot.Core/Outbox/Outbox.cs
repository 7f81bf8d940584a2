using System.Data.Common;
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
    public Task<Guid> EnqueueAsync(ConversationReference target, Activity activity, string? dedupKey, CancellationToken cancellationToken) =>
        EnqueueOneAsync(target, activity, dedupKey, null, cancellationToken);

    public async Task<Guid?> EnqueueUpdateAsync(Guid originalId, Activity activity, string dedupKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentException.ThrowIfNullOrWhiteSpace(dedupKey);
        var original = await db.OutboxMessages.AsNoTracking().Where(m => m.Id == originalId)
            .Select(m => new { m.ServiceUrl, m.ConversationId, m.TenantId, m.ReplacesMessageId })
            .SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (original is null)
        {
            return null;
        }

        // A replacement of a replacement replaces the message that was sent first (the one with the activity id).
        var target = new ConversationReference(original.ServiceUrl, original.ConversationId, original.TenantId, null, null, null, "msteams", null);
        return await EnqueueOneAsync(target, activity, dedupKey, original.ReplacesMessageId ?? originalId, cancellationToken).ConfigureAwait(false);
    }

    private async Task<Guid> EnqueueOneAsync(ConversationReference target, Activity activity, string? dedupKey, Guid? replaces, CancellationToken cancellationToken)
    {
        Validate(target, activity, dedupKey);
        if (dedupKey is not null)
        {
            var existing = await FindAsync(dedupKey, cancellationToken).ConfigureAwait(false);
            if (existing is { } id)
            {
                return id;
            }
        }

        var message = NewMessage(target, activity, dedupKey);
        message.ReplacesMessageId = replaces;
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

    public async Task<IReadOnlyList<Guid>> EnqueueManyAsync(IReadOnlyList<OutboxItem> items, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(items);
        foreach (var item in items)
        {
            Validate(item.Target, item.Activity, item.DedupKey);
        }

        var keys = items.Where(i => i.DedupKey is not null).Select(i => i.DedupKey!).Distinct(StringComparer.Ordinal).ToList();
        var known = keys.Count == 0
            ? new Dictionary<string, Guid>(StringComparer.Ordinal)
            : await db.OutboxMessages.AsNoTracking()
                .Where(m => m.DedupKey != null && keys.Contains(m.DedupKey))
                .Select(m => new { m.DedupKey, m.Id })
                .ToDictionaryAsync(m => m.DedupKey!, m => m.Id, StringComparer.Ordinal, cancellationToken)
                .ConfigureAwait(false);
        var ids = new Guid[items.Count];
        var added = new List<OutboxMessage>();
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            if (item.DedupKey is { } key && known.TryGetValue(key, out var id))
            {
                ids[i] = id;
                continue;
            }

            var message = NewMessage(item.Target, item.Activity, item.DedupKey);
            added.Add(message);
            ids[i] = message.Id;
            if (item.DedupKey is { } newKey)
            {
                known[newKey] = message.Id;
            }
        }

        if (added.Count == 0)
        {
            return ids;
        }

        db.OutboxMessages.AddRange(added);
        try
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (keys.Count > 0 && (ex is DbUpdateException || IsDeadlock(ex)))
        {
            // Another caller stored one of the keys meanwhile: one by one, each key's first message wins. Two callers
            // inserting the same keys in another order deadlock on PostgreSQL (the provider reports it wrapped, as a
            // transient failure); one insert at a time holds no second key, so it only waits for the other to commit.
            foreach (var message in added)
            {
                db.Entry(message).State = EntityState.Detached;
            }

            var again = new Guid[items.Count];
            for (var i = 0; i < items.Count; i++)
            {
                again[i] = await EnqueueAsync(items[i].Target, items[i].Activity, items[i].DedupKey, cancellationToken).ConfigureAwait(false);
            }

            return again;
        }

        signal.Notify();
        return ids;
    }

    private static bool IsDeadlock(Exception? ex)
    {
        for (; ex is not null; ex = ex.InnerException)
        {
            if (ex is DbException { SqlState: "40P01" })
            {
                return true;
            }
        }

        return false;
    }

    private static void Validate(ConversationReference target, Activity activity, string? dedupKey)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentException.ThrowIfNullOrWhiteSpace(target.ServiceUrl);
        ArgumentException.ThrowIfNullOrWhiteSpace(target.ConversationId);
        if (dedupKey is not null)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(dedupKey);
        }
    }

    private OutboxMessage NewMessage(ConversationReference target, Activity activity, string? dedupKey)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var outgoing = activity with
        {
            Type = activity.Type ?? ActivityTypes.Message,
            Conversation = activity.Conversation ?? new ConversationAccount { Id = target.ConversationId },
        };
        return new OutboxMessage
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
    }

    private Task<Guid?> FindAsync(string dedupKey, CancellationToken cancellationToken) =>
        db.OutboxMessages.AsNoTracking()
            .Where(m => m.DedupKey == dedupKey)
            .Select(m => (Guid?)m.Id)
            .FirstOrDefaultAsync(cancellationToken);
}
