namespace PmgBot.Core.Features.Actions.Letters;

public enum LetterTaskOutcome
{
    Done,

    /// <summary>Bad input: a message per field, nothing stored.</summary>
    Invalid,

    /// <summary>Already recorded, or changed since the card was shown: nothing changed.</summary>
    Stale,

    /// <summary>No such task, or not for this user (the same answer).</summary>
    NotFound,
}
