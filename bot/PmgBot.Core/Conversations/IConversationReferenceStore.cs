using PmgBot.Core.Protocol;

namespace PmgBot.Core.Conversations;

/// <summary>
/// Conversation references for proactive messages (protocol.md §3.3). Only feed it activities that passed
/// inbound authentication: their serviceUrl is what outbound tokens are sent to.
/// </summary>
public interface IConversationReferenceStore
{
    /// <summary>
    /// Upserts the reference of the activity's conversation and sender (refreshing the serviceUrl of every row of
    /// the conversation when it changed). An <c>installationUpdate</c> with action <c>remove</c> or
    /// <c>remove-upgrade</c> removes all rows of the conversation instead.
    /// </summary>
    Task CaptureAsync(Activity activity, CancellationToken cancellationToken);

    /// <summary>Stores a reference learned another way (e.g. a 1:1 conversation the bot just created).</summary>
    Task SaveAsync(ConversationReference reference, CancellationToken cancellationToken);

    /// <summary>The user's personal (1:1) conversation with the bot, by Entra object id.</summary>
    Task<ConversationReference?> FindPersonalAsync(string userAadObjectId, CancellationToken cancellationToken);

    /// <summary>The personal conversations of several users in one read, by Entra object id (users without one are left out).</summary>
    Task<IReadOnlyDictionary<string, ConversationReference>> FindPersonalAsync(IReadOnlyCollection<string> userAadObjectIds, CancellationToken cancellationToken);

    /// <summary>
    /// The locale of each user's last activity that carried one (Entra object id → locale; users without one are left
    /// out), so proactive messages are written in the recipient's language.
    /// </summary>
    Task<IReadOnlyDictionary<string, string>> FindLocalesAsync(IReadOnlyCollection<string> userAadObjectIds, CancellationToken cancellationToken);

    /// <summary>All references of a conversation (one per user seen in it).</summary>
    Task<IReadOnlyList<ConversationReference>> FindByConversationAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary>Any reference that tells where (serviceUrl, tenant, bot id) a user can be reached; the newest first.</summary>
    Task<ConversationReference?> FindAnyForUserAsync(string userAadObjectId, CancellationToken cancellationToken);

    /// <summary>The newest reference of a tenant (or of any tenant when null): a serviceUrl to create a conversation on.</summary>
    Task<ConversationReference?> FindAnyInTenantAsync(string? tenantId, CancellationToken cancellationToken);

    /// <summary>Removes all rows of a conversation; returns how many.</summary>
    Task<int> RemoveConversationAsync(string conversationId, CancellationToken cancellationToken);
}
