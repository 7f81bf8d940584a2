namespace PmgBot.Core.Inbox;

/// <summary>Where the inbox recovery hands the turns it took over: the bot's turn queue.</summary>
public interface ITurnIntake
{
    /// <summary>The turns this process holds in memory (queued, running, waiting to be tried again).</summary>
    IReadOnlySet<Guid> HeldTurns { get; }

    /// <summary>How many more turns the queue has room for now.</summary>
    int FreePlaces { get; }

    /// <summary>Queues a recovered turn; false when there was no room after all (its lease runs out and it is taken again).</summary>
    bool TryTake(RecoveredTurn turn);
}
