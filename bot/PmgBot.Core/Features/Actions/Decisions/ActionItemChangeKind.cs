namespace PmgBot.Core.Features.Actions.Decisions;

/// <summary>What the owner or a chair does with an open action item.</summary>
public enum ActionItemChangeKind
{
    /// <summary>Afgerond, with an optional note.</summary>
    Complete,

    /// <summary>Verzetten: a new due date and a reason.</summary>
    Postpone,

    /// <summary>Niet mogelijk, with a reason; the chairs are told.</summary>
    NotPossible,
}
