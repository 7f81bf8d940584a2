namespace PmgBot.Core.Features.Actions.Decisions;

public enum ActionItemOutcome
{
    Done = 0,

    /// <summary>No such item, or the actor may not see it: the same answer for both.</summary>
    NotFound = 1,

    /// <summary>The actor may see the item but not change it (neither its owner nor a chair of its JPP).</summary>
    NotAllowed = 2,

    /// <summary>The card showed an older version (a second click, or someone else was first): nothing changed.</summary>
    Stale = 3,

    /// <summary>Bad input (see the errors): nothing changed.</summary>
    Invalid = 4,
}
