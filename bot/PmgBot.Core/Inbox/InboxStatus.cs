namespace PmgBot.Core.Inbox;

public enum InboxStatus
{
    /// <summary>Accepted, not processed yet (or processing, or waiting for the database to come back).</summary>
    Pending = 0,

    /// <summary>Processed; the body is erased.</summary>
    Done = 1,

    /// <summary>Taken over too often (it crashed its process each time): given up, the body erased.</summary>
    Abandoned = 2,
}
