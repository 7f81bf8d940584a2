using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PmgBot.Core.Connector;
using PmgBot.Core.Inbox;
using PmgBot.Core.Outbox;
using PmgBot.Core.Protocol;

namespace PmgBot.Core.Turns;

/// <summary>
/// Sends a turn's replies without ever making the turn wait for Teams: a reply goes out at once when its
/// conversation has a free slot under Teams' limits (the usual case); when it has none, is throttled (429), or has
/// replies waiting in the outbox already, the reply is stored in the outbox (keyed by the inbound activity and the
/// reply's number, so a turn that runs again does not store it twice) and sent in order when there is room. A turn
/// that runs again (after a crash or an outage) sends all its replies through the outbox, for the same reason. A reply
/// is recorded as sent the moment its body is on the wire (see <see cref="Sent"/>).
/// </summary>
public sealed class TurnReplies(IConnectorSender sender, TeamsRateLimiter rateLimiter, ConversationBacklog backlog, IInbox inbox, ILogger<TurnReplies> logger)
{
    public async Task SendAsync(TurnContext turn, Activity reply, int replyIndex, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(reply);
        var inbound = turn.Activity;
        var serviceUrl = inbound.ServiceUrl ?? throw new InvalidOperationException("The activity has no serviceUrl.");
        var conversationId = inbound.Conversation?.Id ?? throw new InvalidOperationException("The activity has no conversation.");
        var isMessage = string.Equals(inbound.Type, ActivityTypes.Message, StringComparison.Ordinal);
        var request = isMessage && !string.IsNullOrEmpty(inbound.Id)
            ? ConnectorRequest.Reply(serviceUrl, conversationId, inbound.Id, reply)
            : ConnectorRequest.Send(serviceUrl, conversationId, reply);

        var origin = turn.Origin;
        if (replyIndex <= origin.Progress.Sent)
        {
            // An earlier try of this turn got this reply on its way already.
            return;
        }

        if (!origin.RepliesThroughOutbox && !backlog.HasWaiting(conversationId) && rateLimiter.TryAcquire(request.RateLimitKey, request.TenantId, out _))
        {
            var result = await sender.SendOnceAsync(request with { BodyWritten = () => Sent(origin, replyIndex) }, cancellationToken).ConfigureAwait(false);
            if (result.Outcome != ConnectorOutcome.RetryLater)
            {
                return;
            }
        }

        TurnRepliesLog.ReplyDeferred(logger);
        var outbox = turn.Services.GetRequiredService<IOutbox>();
        var target = new ConversationReference(serviceUrl, conversationId, inbound.TenantId, inbound.From?.Id, inbound.From?.AadObjectId, inbound.Recipient?.Id, inbound.ChannelId ?? "msteams", inbound.Conversation?.ConversationType);
        var dedupKey = string.IsNullOrEmpty(inbound.Id) ? null : $"reply:{InboxKeys.Of(conversationId, inbound.Id)}:{replyIndex}";
        var messageId = await outbox.EnqueueAsync(target, request.Activity!, dedupKey, cancellationToken).ConfigureAwait(false);
        backlog.Waiting(conversationId, messageId);
        Sent(origin, replyIndex);
    }

    /// <summary>
    /// The send and its record cannot be one step (the connector has no idempotency key). Bytes flushed to the socket
    /// reach the connector even if this process is killed right after, so the reply is recorded at that moment: a
    /// crash before it runs the turn again with the reply, a crash after it skips the reply. Only the record's own
    /// commit (about a millisecond, not the connector's round trip) is left open.
    /// </summary>
    private void Sent(TurnOrigin origin, int replyIndex)
    {
        origin.Progress.MarkSent(replyIndex);
        if (origin.InboxTurnId is { } turnId)
        {
            inbox.RepliesSent(turnId, replyIndex);
        }
    }
}
