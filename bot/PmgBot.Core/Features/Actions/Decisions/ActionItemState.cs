namespace PmgBot.Core.Features.Actions.Decisions;

/// <summary>The state of an action item. Stored as its number; never renumber.</summary>
public enum ActionItemState
{
    Open = 0,

    /// <summary>Done (with an optional note). Final.</summary>
    Afgerond = 1,

    /// <summary>Postponed to a new due date with a reason; still open.</summary>
    Verzet = 2,

    /// <summary>Cannot be done (with a reason); the chair is told. Final.</summary>
    NietMogelijk = 3,
}
