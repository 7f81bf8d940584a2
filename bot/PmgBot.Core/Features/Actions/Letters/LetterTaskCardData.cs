using PmgBot.Cards.Data;

namespace PmgBot.Core.Features.Actions.Letters;

/// <summary>
/// Data for <c>letter-task</c>: one letter task for its casusregisseur, in personal chat only. The youth's name and date
/// of birth are shown in TextRuns. <paramref name="CanChange"/>: the task is still open (verstuurd / niet verstuurd).
/// <paramref name="RefreshUserIds"/>: the Teams id of the casusregisseur (Universal Actions refresh, <c>letter.open</c>).
/// <paramref name="DownloadUrl"/>: the personal link just made (15 minutes). <paramref name="CanAskCompliment"/>: the
/// button for a (new) complimentbrief, once this task is done. <paramref name="StatusColor"/> is an Adaptive Card text color; <paramref name="NoticeStyle"/>
/// good, warning or attention.
/// </summary>
public sealed record LetterTaskCardData(
    long TaskId,
    int Version,
    string Code,
    string Title,
    string JppName,
    string YouthName,
    string DateOfBirth,
    string Explanation,
    string Status,
    string StatusColor,
    bool CanChange,
    bool CanAskCompliment,
    IReadOnlyList<ChoiceData> Addressees,
    string Today,
    IReadOnlyList<string> RefreshUserIds,
    LetterTaskInputsData Inputs,
    string? StateNote = null,
    string? DownloadUrl = null,
    string? Notice = null,
    string? NoticeStyle = null);
