using PmgBot.Core.Conversations;
using PmgBot.Core.Protocol;

namespace PmgBot.Tests.Support;

/// <summary>
/// A conversation reference store that knows only the users' locales (user → locale), for a proactive sender tested
/// without a database; everything else is not part of such a test.
/// </summary>
internal sealed class StoredLocales(IReadOnlyDictionary<string, string>? locales = null) : IConversationReferenceStore
{
    private readonly IReadOnlyDictionary<string, string> _locales = locales ?? new Dictionary<string, string>(StringComparer.Ordinal);

    public static RecipientLanguages Languages(IReadOnlyDictionary<string, string>? locales = null) => new(new StoredLocales(locales));

    public Task<IReadOnlyDictionary<string, string>> FindLocalesAsync(IReadOnlyCollection<string> userAadObjectIds, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyDictionary<string, string>>(
            userAadObjectIds.Where(_locales.ContainsKey).Distinct(StringComparer.Ordinal).ToDictionary(id => id, id => _locales[id], StringComparer.Ordinal));

    public Task CaptureAsync(Activity activity, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task SaveAsync(ConversationReference reference, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<ConversationReference?> FindPersonalAsync(string userAadObjectId, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<IReadOnlyDictionary<string, ConversationReference>> FindPersonalAsync(IReadOnlyCollection<string> userAadObjectIds, CancellationToken cancellationToken) =>
        throw new NotSupportedException();

    public Task<IReadOnlyList<ConversationReference>> FindByConversationAsync(string conversationId, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<ConversationReference?> FindAnyForUserAsync(string userAadObjectId, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<ConversationReference?> FindAnyInTenantAsync(string? tenantId, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<int> RemoveConversationAsync(string conversationId, CancellationToken cancellationToken) => throw new NotSupportedException();
}
