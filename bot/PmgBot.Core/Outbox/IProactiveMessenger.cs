using PmgBot.Core.Protocol;

namespace PmgBot.Core.Outbox;

/// <summary>Sends a proactive message to one user's personal chat with the bot, durably through the outbox.</summary>
public interface IProactiveMessenger
{
    /// <summary>
    /// Uses the stored personal conversation of the user (Entra object id). Without one, but with a known
    /// serviceUrl/tenant (another reference of the user or of the tenant), it first creates the 1:1 conversation
    /// (<c>POST v3/conversations</c>, works when the app is installed for the user), stores it, then enqueues.
    /// </summary>
    Task<ProactiveSendResult> SendToUserAsync(string userAadObjectId, Activity activity, string? dedupKey, CancellationToken cancellationToken);

    /// <summary>
    /// The same for several users at once (e.g. every chair of a JPP): conversations are found or created first, then
    /// every message is stored with one commit. Returns the results in the same order.
    /// </summary>
    Task<IReadOnlyList<ProactiveSendResult>> SendToUsersAsync(IReadOnlyList<ProactiveMessage> messages, CancellationToken cancellationToken);
}
