namespace PmgBot.Core.Turns;

/// <summary>
/// Where a turn came from. <paramref name="InboxTurnId"/>: its inbox row (a queued turn), where the replies that reached
/// the connection are recorded in <paramref name="Progress"/>, so a try after a crash or an outage skips them.
/// <paramref name="RepliesThroughOutbox"/>: it runs again, and its remaining replies go through the outbox, whose keys
/// store each reply once (the first run may have stored some there).
/// </summary>
public sealed record TurnOrigin(Guid? InboxTurnId, TurnProgress Progress, bool RepliesThroughOutbox)
{
    /// <summary>An invoke: answered in the HTTP response, not stored in the inbox.</summary>
    public static TurnOrigin Invoke => new(null, new TurnProgress(), false);
}
