namespace PmgBot.Core.Features.Chair;

/// <summary>
/// Data for <c>youth-chair</c>: the chair's actions on one youth (personal chat, after the server's access check).
/// Every name and reason is shown literally (TextRun). <paramref name="Version"/> goes back in every action's data so
/// a stale card changes nothing. <paramref name="LevelColor"/> is an Adaptive Card text color (Default, Good, Warning,
/// Attention); <paramref name="NoticeStyle"/> a container style (good, warning, attention) for <paramref name="Notice"/>,
/// a server-made Dutch text (result of the last action). Dates are already formatted in Europe/Amsterdam.
/// </summary>
public sealed record YouthChairCardData(
    string Code,
    int Version,
    string YouthName,
    string DateOfBirth,
    string JppName,
    string LevelTitle,
    string LevelColor,
    string LevelSince,
    IReadOnlyList<string> InvolvedOrganisations,
    IReadOnlyList<ChairShareRowData> Shares,
    IReadOnlyList<ChairHistoryRowData> History,
    IReadOnlyList<ChairChoiceData> CasusregisseurChoices,
    IReadOnlyList<ChairChoiceData> LevelChoices,
    IReadOnlyList<ChairChoiceData> ProcesregisseurChoices,
    IReadOnlyList<ChairChoiceData> OrganisationChoices,
    IReadOnlyList<ChairChoiceData> JppChoices,
    ChairInputsData Inputs,
    string? Casusregisseur = null,
    string? Procesregisseur = null,
    string? Notice = null,
    string? NoticeStyle = null);
