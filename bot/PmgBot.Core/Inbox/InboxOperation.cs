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

    /// <summary>Mark a turn done.</summary>
    public sealed record Complete(Guid TurnId) : InboxOperation;
}
