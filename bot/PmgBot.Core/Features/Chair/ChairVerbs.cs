namespace PmgBot.Core.Features.Chair;

/// <summary>
/// The card verbs of <see cref="ChairFlow"/>, the chair's actions on a youth (youth-chair card). Data:
/// <c>{"code":"PMG-J-0017","version":3}</c> + the card's inputs by id.
/// </summary>
public static class ChairVerbs
{
    /// <summary>The chair's actions on a youth (youth card, chairs only). Data: <c>{"code":"PMG-J-0017"}</c>.</summary>
    public const string OpenChairActions = "youth.chair";

    /// <summary>Appoint the casusregisseur. Inputs: <c>casusregisseur</c> (Entra object id).</summary>
    public const string AssignCasusregisseur = "youth.assign";

    /// <summary>Change the level. Inputs: <c>level</c> (geen|groen|oranje|rood|afgesloten), <c>levelReason</c>, <c>procesregisseur</c> (Entra object id, oranje).</summary>
    public const string SetLevel = "youth.level";

    /// <summary>Add an involved organisation. Inputs: <c>organisation</c> (organisation id).</summary>
    public const string AddOrganisation = "youth.addOrganisation";

    /// <summary>Record the decision to share with another JPP. Inputs: <c>jpp</c> (JPP id), <c>shareReason</c>.</summary>
    public const string ShareWithJpp = "youth.share";
}
