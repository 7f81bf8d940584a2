namespace PmgBot.Core.Inbox;

/// <summary>Work handed to the inbox's group-commit loop.</summary>
internal abstract record InboxOperation
{
    private InboxOperation()
    {
    }

    /// <summary>Store an accepted activity; the request waits for <see cref="Result"/>.</summary>
    public sealed record Append(InboxEntry Entry, Guid TurnId) : InboxOperation
    {
        public TaskCompletionSource<InboxAppend> Result { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    /// <summary>Record a turn's progress: its first <paramref name="RepliesSent"/> replies are on their way; <paramref name="Done"/>: it is finished.</summary>
    public sealed record Progress(Guid TurnId, int RepliesSent, bool Done) : InboxOperation;
}
