using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using PmgBot.Core.Data;
using PmgBot.Core.Protocol;

namespace PmgBot.Core.Conversations;

/// <summary>EF implementation of <see cref="IConversationReferenceStore"/>; scoped (one DbContext per scope).</summary>
internal sealed class ConversationReferenceStore(
    PmgDbContext db,
    RecentConversationReferences recent,
    TimeProvider time,
    ILogger<ConversationReferenceStore> logger) : IConversationReferenceStore
{
    private const string RemoveAction = "remove";
    private const string RemoveUpgradeAction = "remove-upgrade";

    public async Task CaptureAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var conversationId = activity.Conversation?.Id;
        if (string.IsNullOrWhiteSpace(conversationId) || string.IsNullOrWhiteSpace(activity.ServiceUrl))
        {
            return;
        }

        if (string.Equals(activity.Type, ActivityTypes.InstallationUpdate, StringComparison.OrdinalIgnoreCase)
            && (string.Equals(activity.Action, RemoveAction, StringComparison.OrdinalIgnoreCase)
                || string.Equals(activity.Action, RemoveUpgradeAction, StringComparison.OrdinalIgnoreCase)))
        {
            var removed = await RemoveConversationAsync(conversationId, cancellationToken).ConfigureAwait(false);
            ConversationLog.Removed(logger, LogIds.Conversation(conversationId), removed);
            return;
        }

        var reference = ToReference(activity);
        if (recent.IsUnchanged(reference))
        {
            return;
        }

        await SaveAsync(reference, cancellationToken).ConfigureAwait(false);
    }

    public async Task SaveAsync(ConversationReference reference, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        try
        {
            await UpsertAsync(reference, cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateException)
        {
            // Two activities of the same user raced to insert the row: the other one won, update it instead.
            db.ChangeTracker.Clear();
            await UpsertAsync(reference, cancellationToken).ConfigureAwait(false);
        }

        recent.Stored(reference);
    }

    public async Task<ConversationReference?> FindPersonalAsync(string userAadObjectId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userAadObjectId);
        var row = await db.ConversationReferences.AsNoTracking()
            .Where(r => r.UserAadObjectId == userAadObjectId && r.ConversationType == ConversationTypes.Personal)
            .OrderByDescending(r => r.UpdatedAtUtc)
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        return row is null ? null : ToReference(row);
    }

    public async Task<IReadOnlyDictionary<string, ConversationReference>> FindPersonalAsync(
        IReadOnlyCollection<string> userAadObjectIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(userAadObjectIds);
        var ids = userAadObjectIds.Distinct(StringComparer.Ordinal).ToList();
        if (ids.Count == 0)
        {
            return new Dictionary<string, ConversationReference>(StringComparer.Ordinal);
        }

        var rows = await db.ConversationReferences.AsNoTracking()
            .Where(r => r.UserAadObjectId != null && ids.Contains(r.UserAadObjectId) && r.ConversationType == ConversationTypes.Personal)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        // As the single lookup: the most recently updated personal conversation of each user.
        return rows
            .GroupBy(r => r.UserAadObjectId!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => ToReference(g.MaxBy(r => r.UpdatedAtUtc)!), StringComparer.Ordinal);
    }

    public async Task<IReadOnlyList<ConversationReference>> FindByConversationAsync(string conversationId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(conversationId);
        var rows = await db.ConversationReferences.AsNoTracking()
            .Where(r => r.ConversationId == conversationId)
            .OrderBy(r => r.Id)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return rows.ConvertAll(ToReference);
    }

    public async Task<ConversationReference?> FindAnyForUserAsync(string userAadObjectId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userAadObjectId);
        var row = await db.ConversationReferences.AsNoTracking()
            .Where(r => r.UserAadObjectId == userAadObjectId)
            .OrderByDescending(r => r.UpdatedAtUtc)
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        return row is null ? null : ToReference(row);
    }

    public async Task<ConversationReference?> FindAnyInTenantAsync(string? tenantId, CancellationToken cancellationToken)
    {
        var query = db.ConversationReferences.AsNoTracking();
        if (tenantId is not null)
        {
            query = query.Where(r => r.TenantId == tenantId);
        }

        var row = await query.OrderByDescending(r => r.UpdatedAtUtc).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        return row is null ? null : ToReference(row);
    }

    public Task<int> RemoveConversationAsync(string conversationId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(conversationId);
        recent.ForgetConversation(conversationId);
        return db.ConversationReferences.Where(r => r.ConversationId == conversationId).ExecuteDeleteAsync(cancellationToken);
    }

    private async Task UpsertAsync(ConversationReference reference, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var rows = await db.ConversationReferences
            .Where(r => r.ConversationId == reference.ConversationId)
            .ToListAsync(cancellationToken).ConfigureAwait(false);

        foreach (var other in rows.Where(r => !string.Equals(r.ServiceUrl, reference.ServiceUrl, StringComparison.Ordinal)))
        {
            // "Stable but can change": every row of the conversation follows the newest authenticated serviceUrl.
            other.ServiceUrl = reference.ServiceUrl;
            other.UpdatedAtUtc = now;
            ConversationLog.ServiceUrlChanged(logger, LogIds.Conversation(reference.ConversationId));
        }

        var row = rows.FirstOrDefault(r => string.Equals(r.UserAadObjectId, reference.UserAadObjectId, StringComparison.Ordinal));
        if (row is null)
        {
            row = new StoredConversationReference
            {
                ConversationId = reference.ConversationId,
                ServiceUrl = reference.ServiceUrl,
                ChannelId = reference.ChannelId,
                UserAadObjectId = reference.UserAadObjectId,
            };
            db.ConversationReferences.Add(row);
        }

        row.TenantId = reference.TenantId ?? row.TenantId;
        row.UserId = reference.UserId ?? row.UserId;
        row.BotId = reference.BotId ?? row.BotId;
        row.ChannelId = reference.ChannelId;
        row.ConversationType = reference.ConversationType ?? row.ConversationType;
        row.UpdatedAtUtc = now;
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }

    internal static ConversationReference ToReference(Activity activity)
    {
        var conversation = activity.Conversation!;
        var conversationType = conversation.ConversationType
            ?? (conversation.IsGroup == true ? null : ConversationTypes.Personal);
        return new ConversationReference(
            ServiceUrl: activity.ServiceUrl!,
            ConversationId: conversation.Id!,
            TenantId: activity.TenantId,
            UserId: activity.From?.Id,
            UserAadObjectId: string.IsNullOrWhiteSpace(activity.From?.AadObjectId) ? null : activity.From.AadObjectId,
            BotId: activity.Recipient?.Id,
            ChannelId: activity.ChannelId ?? "msteams",
            ConversationType: conversationType);
    }

    private static ConversationReference ToReference(StoredConversationReference row) => new(
        row.ServiceUrl, row.ConversationId, row.TenantId, row.UserId, row.UserAadObjectId, row.BotId, row.ChannelId, row.ConversationType);
}
