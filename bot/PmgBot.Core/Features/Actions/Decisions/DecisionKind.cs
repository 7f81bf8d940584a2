namespace PmgBot.Core.Features.Actions.Decisions;

/// <summary>What the JPP decided about a youth in a meeting. Stored as its number; never renumber.</summary>
public enum DecisionKind
{
    /// <summary>The youth stays in the JPP (groen, or the current oranje or rood) and comes back for review.</summary>
    VervolgJpp = 0,

    /// <summary>Up to oranje or rood, with a reason.</summary>
    Opschalen = 1,

    /// <summary>Down one level: rood to oranje, oranje to groen.</summary>
    Afschalen = 2,

    /// <summary>The case is closed, with a reason.</summary>
    Afsluiten = 3,

    /// <summary>Referred elsewhere (ZVH regieteam, sociaal team, Veilig Thuis, anders); the level stays.</summary>
    Doorverwijzen = 4,
}
