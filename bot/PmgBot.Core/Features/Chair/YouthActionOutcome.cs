namespace PmgBot.Core.Features.Chair;

public enum YouthActionOutcome
{
    /// <summary>Stored.</summary>
    Done = 0,

    /// <summary>No such youth, or the actor may not do this to it: the same answer for both.</summary>
    NotFound = 1,

    /// <summary>The card was made for an older version of the youth: nothing stored.</summary>
    Stale = 2,

    /// <summary>Bad input: see <see cref="YouthActionResult.Errors"/>; nothing stored.</summary>
    Invalid = 3,
}
