using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using PmgBot.Core.Data;
using PmgBot.Core.Protocol;
using PmgBot.Core.Text;

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

        if (UnstorableField(reference) is { } field)
        {
            // Not a reference Teams sends (too long for its column, or U+0000): PostgreSQL would refuse the row.
            ConversationLog.NotStored(logger, field);
            return;
        }

        await SaveAsync(reference, cancellationToken).ConfigureAwait(false);
    }

    public async Task SaveAsync(ConversationReference reference, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        await UpsertAsync(reference, cancellationToken).ConfigureAwait(false);
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

    public async Task<IReadOnlyDictionary<string, string>> FindLocalesAsync(IReadOnlyCollection<string> userAadObjectIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(userAadObjectIds);
        var ids = userAadObjectIds.Distinct(StringComparer.Ordinal).ToList();
        if (ids.Count == 0)
        {
            return new Dictionary<string, string>(StringComparer.Ordinal);
        }

        var rows = await db.ConversationReferences.AsNoTracking()
            .Where(r => r.UserAadObjectId != null && ids.Contains(r.UserAadObjectId) && r.Locale != null)
            .Select(r => new { r.UserAadObjectId, r.Locale, r.UpdatedAtUtc, r.Id })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        // The newest row of each user that has a locale: where the user spoke to the bot last.
        return rows
            .GroupBy(r => r.UserAadObjectId!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(r => r.UpdatedAtUtc).ThenByDescending(r => r.Id).First().Locale!, StringComparer.Ordinal);
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
        if (!StoredText.Fits(conversationId, MaxLength(nameof(StoredConversationReference.ConversationId))))
        {
            // Such an id was never stored (and PostgreSQL could not compare it).
            return Task.FromResult(0);
        }

        return db.ConversationReferences.Where(r => r.ConversationId == conversationId).ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>The first field of the reference that its column cannot hold (longer than the column, or U+0000), or null.</summary>
    private string? UnstorableField(ConversationReference reference) =>
        new (string Name, string? Value)[]
        {
            (nameof(StoredConversationReference.ConversationId), reference.ConversationId),
            (nameof(StoredConversationReference.ServiceUrl), reference.ServiceUrl),
            (nameof(StoredConversationReference.TenantId), reference.TenantId),
            (nameof(StoredConversationReference.UserId), reference.UserId),
            (nameof(StoredConversationReference.UserAadObjectId), reference.UserAadObjectId),
            (nameof(StoredConversationReference.BotId), reference.BotId),
            (nameof(StoredConversationReference.ChannelId), reference.ChannelId),
            (nameof(StoredConversationReference.ConversationType), reference.ConversationType),
        }.FirstOrDefault(f => !StoredText.Fits(f.Value, MaxLength(f.Name))).Name;

    private int? MaxLength(string property) =>
        db.Model.FindEntityType(typeof(StoredConversationReference))?.FindProperty(property)?.GetMaxLength();

    /// <summary>
    /// Three statements, no read: every row of the conversation follows the newest authenticated serviceUrl ("stable but
    /// can change"); the sender's row is updated; when there was none it is inserted. The insert is an upsert in the
    /// database itself (<c>ON CONFLICT … DO UPDATE</c>, SQLite and PostgreSQL alike): the first install delivers a
    /// conversationUpdate and an installationUpdate at once, and the one that loses the race to insert updates the row
    /// instead, without an exception (which EF Core would log as an error before any catch could handle it).
    /// </summary>
    private async Task UpsertAsync(ConversationReference reference, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var moved = await db.ConversationReferences
            .Where(r => r.ConversationId == reference.ConversationId && r.ServiceUrl != reference.ServiceUrl)
            .ExecuteUpdateAsync(row => row
                .SetProperty(r => r.ServiceUrl, reference.ServiceUrl)
                .SetProperty(r => r.UpdatedAtUtc, now), cancellationToken).ConfigureAwait(false);
        if (moved > 0)
        {
            ConversationLog.ServiceUrlChanged(logger, LogIds.Conversation(reference.ConversationId));
        }

        var updated = await db.ConversationReferences
            .Where(r => r.ConversationId == reference.ConversationId && r.UserAadObjectId == reference.UserAadObjectId)
            .ExecuteUpdateAsync(row => row
                .SetProperty(r => r.TenantId, r => reference.TenantId ?? r.TenantId)
                .SetProperty(r => r.UserId, r => reference.UserId ?? r.UserId)
                .SetProperty(r => r.BotId, r => reference.BotId ?? r.BotId)
                .SetProperty(r => r.ChannelId, reference.ChannelId)
                .SetProperty(r => r.ConversationType, r => reference.ConversationType ?? r.ConversationType)
                .SetProperty(r => r.Locale, r => reference.Locale ?? r.Locale)
                .SetProperty(r => r.UpdatedAtUtc, now), cancellationToken).ConfigureAwait(false);
        if (updated > 0)
        {
            return;
        }

        // Identifiers as in both migration sets; a user id of null never conflicts (NULLs are distinct in the index).
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO "ConversationReferences"
                ("ConversationId", "ServiceUrl", "TenantId", "UserId", "UserAadObjectId", "BotId", "ChannelId", "ConversationType", "Locale", "UpdatedAtUtc")
            VALUES ({reference.ConversationId}, {reference.ServiceUrl}, {reference.TenantId}, {reference.UserId}, {reference.UserAadObjectId},
                {reference.BotId}, {reference.ChannelId}, {reference.ConversationType}, {reference.Locale}, {now})
            ON CONFLICT ("ConversationId", "UserAadObjectId") DO UPDATE SET
                "ServiceUrl" = excluded."ServiceUrl",
                "TenantId" = COALESCE(excluded."TenantId", "ConversationReferences"."TenantId"),
                "UserId" = COALESCE(excluded."UserId", "ConversationReferences"."UserId"),
                "BotId" = COALESCE(excluded."BotId", "ConversationReferences"."BotId"),
                "ChannelId" = excluded."ChannelId",
                "ConversationType" = COALESCE(excluded."ConversationType", "ConversationReferences"."ConversationType"),
                "Locale" = COALESCE(excluded."Locale", "ConversationReferences"."Locale"),
                "UpdatedAtUtc" = excluded."UpdatedAtUtc"
            """, cancellationToken).ConfigureAwait(false);
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
            ConversationType: conversationType,
            Locale: KeptLocale(activity.Locale));
    }

    /// <summary>The activity's locale as stored: trimmed, null when absent, too long for its column or holding U+0000 (never a reason to drop the reference).</summary>
    internal static string? KeptLocale(string? locale) =>
        locale?.Trim() is { Length: > 0 and <= StoredConversationReference.LocaleMaxLength } kept && !kept.Contains('\0', StringComparison.Ordinal) ? kept : null;

    private static ConversationReference ToReference(StoredConversationReference row) => new(
        row.ServiceUrl, row.ConversationId, row.TenantId, row.UserId, row.UserAadObjectId, row.BotId, row.ChannelId, row.ConversationType, row.Locale);
}
