namespace PmgBot.Core.Features.Register;

/// <summary>
/// Data for <c>youth</c>, the full youth card (only after <c>ViewYouthCard</c> was allowed, personal chat only).
/// <paramref name="Level"/> is the Dutch level text ("groen (JPP)"), <paramref name="LevelColor"/> its Adaptive Card
/// colour (<c>Good</c>, <c>Warning</c>, <c>Attention</c> or <c>Default</c>); dates are Dutch texts in Europe/Amsterdam.
/// <paramref name="Procesregisseur"/> only when oranje, <paramref name="NextJpp"/> only when on a JPP agenda.
/// <paramref name="ChairActions"/> shows the "Acties voorzitter" button (verb <c>youth.chair</c> with <c>{"code"}</c>).
/// </summary>
public sealed record YouthCardData(
    string Code,
    string Name,
    string DateOfBirth,
    string Level,
    string LevelColor,
    string LevelSince,
    string JppName,
    ContactCardData? Casusregisseur,
    ContactCardData? Procesregisseur,
    string? NextJpp,
    bool ChairActions);
