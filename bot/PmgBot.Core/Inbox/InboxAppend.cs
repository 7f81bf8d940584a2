namespace PmgBot.Core.Inbox;

/// <summary>The result of storing an accepted activity.</summary>
/// <param name="Outcome">Stored, already stored (a redelivery), or the database could not be written.</param>
/// <param name="TurnId">The stored turn (when stored).</param>
/// <param name="LeaseUntilUtc">Until when this process holds the turn.</param>
public sealed record InboxAppend(InboxAppendOutcome Outcome, Guid TurnId, DateTime LeaseUntilUtc)
{
    public static InboxAppend Duplicate { get; } = new(InboxAppendOutcome.Duplicate, Guid.Empty, default);

    public static InboxAppend Unavailable { get; } = new(InboxAppendOutcome.Unavailable, Guid.Empty, default);
}
