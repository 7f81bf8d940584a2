using System.Text.Json;
using PmgBot.Core.Inbox;
using PmgBot.Core.Protocol;
using PmgBot.Core.Turns;

namespace PmgBot.Bot.Routing;

/// <summary>Puts turns the inbox recovery took over into the turn queue.</summary>
public sealed class RecoveredTurnIntake(TurnQueue queue, IInbox inbox) : ITurnIntake
{
    /// <summary>
    /// The queue's turns and then those whose end is not yet written: a turn enters the second before it leaves the
    /// first, so a finished turn is in one of them or already recorded done, never run twice by the recovery.
    /// </summary>
    public IReadOnlySet<Guid> HeldTurns
    {
        get
        {
            var held = new HashSet<Guid>(queue.HeldTurns);
            held.UnionWith(inbox.TurnsNotYetWritten);
            return held;
        }
    }

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
