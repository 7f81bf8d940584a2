namespace PmgBot.Core.Features.Actions.Decisions;

public enum DecisionOutcome
{
    /// <summary>Stored: the decision, its action items, the youth's changes and the audit event, together.</summary>
    Done = 0,

    /// <summary>No such meeting or youth, or the actor does not chair the meeting's JPP: the same answer for each.</summary>
    NotFound = 1,

    /// <summary>The youth changed since the card was made: nothing stored.</summary>
    Stale = 2,

    /// <summary>Bad input: see <see cref="DecisionResult.Errors"/>; nothing stored.</summary>
    Invalid = 3,

    /// <summary>This meeting already has a decision about this youth (a second click): nothing changed.</summary>
    AlreadyRecorded = 4,
}
