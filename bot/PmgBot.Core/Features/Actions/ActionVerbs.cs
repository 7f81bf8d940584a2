namespace PmgBot.Core.Features.Actions;

/// <summary>
/// The card verbs of the decisions and action items (issue 15). Data carries codes and ids only: a youth code, a
/// meeting id, an action item id, the version the card showed.
/// </summary>
public static class ActionVerbs
{
    /// <summary>The decision card of a youth (decision). Data: <c>{"code":"PMG-J-0017","meetingId":12}</c> (meeting optional).</summary>
    public const string OpenDecision = "decision.open";

    /// <summary>Record the decision (decision). Data: <c>{"code","meetingId","version"}</c> + the card's inputs (<c>DecisionFields</c>).</summary>
    public const string RecordDecision = "decision.record";

    /// <summary>One action item's card, also its Universal Actions refresh (action-item, my-actions, jpp-actions). Data: <c>{"itemId":5}</c>.</summary>
    public const string OpenItem = "actionItem.open";

    /// <summary>Tick off (action-item). Data: <c>{"itemId","version"}</c> + input <c>doneNote</c> (optional).</summary>
    public const string CompleteItem = "actionItem.complete";

    /// <summary>Postpone (action-item). Data: <c>{"itemId","version"}</c> + inputs <c>newDueDate</c>, <c>postponeReason</c>.</summary>
    public const string PostponeItem = "actionItem.postpone";

    /// <summary>Not possible (action-item). Data: <c>{"itemId","version"}</c> + input <c>notPossibleReason</c>.</summary>
    public const string NotPossibleItem = "actionItem.notPossible";

    /// <summary>Hand the item to a new owner, by a chair (action-item). Data: <c>{"itemId","version"}</c> + input <c>newOwner</c>.</summary>
    public const string ReassignItem = "actionItem.reassign";

    /// <summary>"Mijn acties" (action-item, my-actions). Data: <c>{}</c>.</summary>
    public const string MyActions = "actions.mine";

    /// <summary>The chair's overview per JPP (jpp-actions). Data: <c>{}</c>.</summary>
    public const string JppActions = "actions.jpp";
}
