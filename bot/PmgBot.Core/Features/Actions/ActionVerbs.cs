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
}
