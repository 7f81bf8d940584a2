using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PmgBot.Core.Connector;
using PmgBot.Core.Conversations;
using PmgBot.Core.Protocol;

namespace PmgBot.Core.Outbox;

/// <summary>Default <see cref="IProactiveMessenger"/>: stored personal reference, else create the 1:1 chat first.</summary>
internal sealed class ProactiveMessenger(
    IConversationReferenceStore references,
    IConnectorClient connector,
    IOutbox outbox,
    IOptions<ConnectorOptions> connectorOptions,
    ILogger<ProactiveMessenger> logger) : IProactiveMessenger
{
    public async Task<ProactiveSendResult> SendToUserAsync(string userAadObjectId, Activity activity, string? dedupKey, CancellationToken cancellationToken) =>
        (await SendToUsersAsync([new ProactiveMessage(userAadObjectId, activity, dedupKey)], cancellationToken).ConfigureAwait(false))[0];

    public async Task<IReadOnlyList<ProactiveSendResult>> SendToUsersAsync(IReadOnlyList<ProactiveMessage> messages, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(messages);
        foreach (var message in messages)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(message.UserAadObjectId);
            ArgumentNullException.ThrowIfNull(message.Activity);
        }

        var results = new ProactiveSendResult[messages.Count];
        var items = new List<OutboxItem>(messages.Count);
        var positions = new List<int>(messages.Count);
        // One read for everyone's personal chat; a chat is created only for a user without one (once per user).
        var known = new Dictionary<string, ConversationReference?>(StringComparer.Ordinal);
        foreach (var (user, reference) in await references.FindPersonalAsync([.. messages.Select(m => m.UserAadObjectId)], cancellationToken).ConfigureAwait(false))
        {
            known[user] = reference;
        }

        for (var i = 0; i < messages.Count; i++)
        {
            var message = messages[i];
            if (!known.TryGetValue(message.UserAadObjectId, out var target))
            {
                target = await CreatePersonalConversationAsync(message.UserAadObjectId, cancellationToken).ConfigureAwait(false);
                known[message.UserAadObjectId] = target;
            }

            if (target is not null)
            {
                items.Add(new OutboxItem(target, message.Activity, message.DedupKey));
                positions.Add(i);
            }
            else
            {
                results[i] = NoConversation;
            }
        }

        var ids = items.Count == 0 ? [] : await outbox.EnqueueManyAsync(items, cancellationToken).ConfigureAwait(false);
        for (var j = 0; j < ids.Count; j++)
        {
            results[positions[j]] = ProactiveSendResult.Enqueued(ids[j]);
        }

        return results;
    }

    private static ProactiveSendResult NoConversation => ProactiveSendResult.NotQueued("no conversation with the user and none could be created");

    private async Task<ConversationReference?> CreatePersonalConversationAsync(string userAadObjectId, CancellationToken cancellationToken)
    {
        var known = await references.FindAnyForUserAsync(userAadObjectId, cancellationToken).ConfigureAwait(false)
            ?? await references.FindAnyInTenantAsync(NullIfEmpty(connectorOptions.Value.TenantId), cancellationToken).ConfigureAwait(false);
        if (known is null)
        {
            ProactiveLog.NoServiceUrl(logger);
            return null;
        }

        var botId = known.BotId ?? (connectorOptions.Value.ClientId is { Length: > 0 } appId ? "28:" + appId : null);
        var parameters = new ConversationParameters
        {
            IsGroup = false,
            Bot = botId is null ? null : new ChannelAccount { Id = botId },
            // The Entra object id works as member id when the app is installed for the user (protocol.md §3.3).
            Members = [new ChannelAccount { Id = userAadObjectId }],
            TenantId = known.TenantId,
            ChannelData = known.TenantId is null ? null : JsonSerializer.SerializeToElement(new { tenant = new { id = known.TenantId } }),
        };
        var result = await connector.CreateConversationAsync(known.ServiceUrl, parameters, cancellationToken).ConfigureAwait(false);
        if (!result.IsDelivered || string.IsNullOrEmpty(result.Id))
        {
            ProactiveLog.CreateFailed(logger, result.Outcome, result.StatusCode);
            return null;
        }

        var created = new ConversationReference(
            known.ServiceUrl, result.Id, known.TenantId, null, userAadObjectId, botId, known.ChannelId, ConversationTypes.Personal);
        await references.SaveAsync(created, cancellationToken).ConfigureAwait(false);
        ProactiveLog.Created(logger, LogIds.Conversation(result.Id));
        return created;
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
