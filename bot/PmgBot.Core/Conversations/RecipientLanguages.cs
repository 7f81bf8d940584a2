using System.Globalization;
using PmgBot.Cards.Localization;

namespace PmgBot.Core.Conversations;

/// <summary>
/// The language to write a proactive message in: the recipient's, from the locale of their last activity kept with
/// their conversation reference (<c>en-*</c> English); Dutch when none is known. The sender builds each message inside
/// <see cref="BotLanguage.Use(CultureInfo)"/> with it, so texts, dates and cards follow the recipient, not the turn
/// or job that sends.
/// </summary>
public sealed class RecipientLanguages(IConversationReferenceStore references)
{
    public async Task<IReadOnlyDictionary<string, CultureInfo>> ForAsync(IReadOnlyCollection<string> userAadObjectIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(userAadObjectIds);
        var locales = await references.FindLocalesAsync(userAadObjectIds, cancellationToken).ConfigureAwait(false);
        return userAadObjectIds.Distinct(StringComparer.Ordinal).ToDictionary(
            id => id, id => BotLanguage.FromLocale(locales.GetValueOrDefault(id)), StringComparer.Ordinal);
    }

    public async Task<CultureInfo> ForAsync(string userAadObjectId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userAadObjectId);
        return (await ForAsync([userAadObjectId], cancellationToken).ConfigureAwait(false))[userAadObjectId];
    }
}
