namespace PmgBot.Tests.Support;

/// <summary>A call as the behaviour of <see cref="FakeGraphServer"/> sees it, before it is answered.</summary>
/// <param name="Attempt">1 for the first call of this operation on this mailbox/event, 2 for the next (a retry), ….</param>
public sealed record FakeGraphCall(int Sequence, FakeGraphOperation Operation, string? Mailbox, string? EventId, int Attempt);
