using System.Globalization;
using PmgBot.Core.Features.Register;
using PmgBot.Core.Register;
using PmgBot.Core.Time;

namespace PmgBot.Core.Features.Chair;

/// <summary>Builds the <c>youth-chair</c> card data from the server's view, the user's last input (kept on a refusal) and the last action's result.</summary>
public static class ChairCard
{
    private static readonly YouthLevel[] AllLevels = [YouthLevel.Geen, YouthLevel.Groen, YouthLevel.Oranje, YouthLevel.Rood, YouthLevel.Afgesloten];

    /// <param name="view">The youth as stored now.</param>
    /// <param name="input">The user's input to keep (after a refusal), or null for a fresh card.</param>
    /// <param name="result">The last action's result (shown as a notice, with field messages), or null.</param>
    public static YouthChairCardData Build(YouthChairView view, ChairActionData? input, YouthActionResult? result)
    {
        ArgumentNullException.ThrowIfNull(view);
        var errors = result?.Errors ?? [];
        ChairInputData Input(string field, string? kept, string fresh) => new(
            input is null ? fresh : kept ?? "",
            errors.Where(e => e.Field == field).Select(e => e.Message).FirstOrDefault());

        var inputs = new ChairInputsData(
            Input(YouthRecordFields.Casusregisseur, input?.Casusregisseur, view.Casusregisseur?.AadObjectId ?? ""),
            Input(YouthRecordFields.Level, input?.Level, ""),
            Input(YouthRecordFields.LevelReason, input?.LevelReason, ""),
            Input(YouthRecordFields.Procesregisseur, input?.Procesregisseur, view.Procesregisseur?.AadObjectId ?? ""),
            Input(YouthRecordFields.Organisation, input?.Organisation, ""),
            Input(YouthRecordFields.Jpp, input?.Jpp, ""),
            Input(YouthRecordFields.ShareReason, input?.ShareReason, ""));

        return new YouthChairCardData(
            view.Code,
            view.Version,
            YouthNames.Full(view.FirstName, view.Tussenvoegsel, view.LastName),
            ShownDates.Date(view.DateOfBirth),
            view.JppName,
            LevelTitle(view.Level),
            LevelColor(view.Level),
            ShownDates.LongDate(view.LevelSinceUtc),
            [.. view.InvolvedOrganisations.Select(o => o.Name)],
            [.. view.Shares.Select(s => new ChairShareRowData(s.JppName, s.DecidedByName, ShownDates.LongDateTime(s.DecidedAtUtc), s.Reason))],
            [.. view.History.Select(h => new ChairHistoryRowData(LevelTitle(h.FromLevel), LevelTitle(h.ToLevel), h.ChangedByName, ShownDates.LongDateTime(h.ChangedAtUtc), h.Reason))],
            [.. view.EligibleCasusregisseurs.Select(Choice)],
            [.. AllLevels.Select(l => new ChairChoiceData(LevelTitle(l), ChairActionData.ValueOf(l)))],
            [.. view.EligibleProcesregisseurs.Select(Choice)],
            [.. view.AddableOrganisations.Select(o => new ChairChoiceData(o.Name, o.Id))],
            [.. view.ShareableJpps.Select(j => new ChairChoiceData(j.Name, j.Id))],
            inputs,
            view.Casusregisseur is { } c ? Title(c) : null,
            view.Procesregisseur is { } p ? Title(p) : null,
            result?.Message,
            result is null ? null : NoticeStyle(result.Outcome));
    }

    /// <summary>The level as the register cards name it (the youth card's words, in the turn's language).</summary>
    public static string LevelTitle(YouthLevel level) => YouthLevelText.Name(level);

    private static string LevelColor(YouthLevel level) => level switch
    {
        YouthLevel.Groen => "Good",
        YouthLevel.Oranje => "Warning",
        YouthLevel.Rood => "Attention",
        _ => "Default",
    };

    private static string NoticeStyle(YouthActionOutcome outcome) => outcome switch
    {
        YouthActionOutcome.Done => "good",
        YouthActionOutcome.Stale => "warning",
        _ => "attention",
    };

    private static ChairChoiceData Choice(YouthPerson person) => new(Title(person), person.AadObjectId);

    private static string Title(YouthPerson person) =>
        person.OrganisationName.Length == 0 ? person.DisplayName : $"{person.DisplayName} ({person.OrganisationName})";


}
