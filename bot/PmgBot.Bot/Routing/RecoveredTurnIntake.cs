using System.Text.Json;
using PmgBot.Core.Inbox;
using PmgBot.Core.Protocol;

namespace PmgBot.Bot.Routing;

/// <summary>Puts turns the inbox recovery took over into the turn queue.</summary>
public sealed class RecoveredTurnIntake(TurnQueue queue, IInbox inbox) : ITurnIntake
{
    public IReadOnlySet<Guid> HeldTurns => queue.HeldTurns;

    public int FreePlaces => queue.FreePlaces;

    public bool TryTake(RecoveredTurn turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        Activity? activity;
        try
        {
            activity = JsonSerializer.Deserialize<Activity>(turn.ActivityJson, ProtocolJson.Options);
        }
        catch (JsonException)
        {
            activity = null;
        }

        if (activity?.Conversation?.Id is not { } conversationId || activity.Id is not { } activityId)
        {
            // Was valid when it was stored; nothing to process now.
            inbox.Complete(turn.Id);
            return true;
        }

        if (!queue.TryReserve())
        {
            return false;
        }

        queue.Enqueue(new QueuedTurn(activity, turn.CorrelationId, $"{conversationId}|{activityId}", turn.Id, new TurnProgress(turn.RepliesSent), Recovered: true));
        return true;
    }
}
