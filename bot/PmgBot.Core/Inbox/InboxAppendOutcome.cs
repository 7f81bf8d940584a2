namespace PmgBot.Core.Inbox;

public enum InboxAppendOutcome
{
    Stored = 0,

    /// <summary>The same conversation and activity id was stored before: a redelivery, not processed again.</summary>
    Duplicate = 1,

    /// <summary>The database could not be written in time: the endpoint answers 503 so Teams delivers it again.</summary>
    Unavailable = 2,
}
