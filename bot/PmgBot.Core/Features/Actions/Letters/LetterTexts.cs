using PmgBot.Core.Time;

namespace PmgBot.Core.Features.Actions.Letters;

/// <summary>
/// The texts of the letter tasks in the turn's language (the keys are in LetterTexts.Keys.cs). Message texts (what shows
/// in a notification or the chat list) hold the kind of letter and the case code only; the youth's name appears only on
/// the card. Command words, file names and audit details use <see cref="LetterValues"/>, which never change with the language.
/// </summary>
public static partial class LetterTexts
{
    /// <summary>"Nieuwe taak: notificatiebrief voor casus PMG-J-0017." (the message text of the task; no name).</summary>
    public static string NewTask(LetterKind kind, string code) => NewTaskText(KindName(kind), code);

    /// <summary>"Open brieven: notificatiebrief PMG-J-0017, complimentbrief PMG-J-0023. …" (the example is a command, so in Dutch).</summary>
    public static string OpenTasks(IReadOnlyList<LetterTaskRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return rows.Count == 0
            ? NoOpenTasks
            : OpenTasksText(
                string.Join(", ", rows.Select(r => KindName(r.Kind) + " " + r.Code)),
                LetterValues.Kind(rows[0].Kind) + " " + rows[0].Code);
    }

    /// <summary>"notificatiebrief" / "notification letter".</summary>
    public static string KindName(LetterKind kind) => kind switch
    {
        LetterKind.Notificatiebrief => KindNotification,
        LetterKind.Complimentbrief => KindCompliment,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown letter."),
    };

    public static string Title(LetterKind kind, string code) => kind switch
    {
        LetterKind.Notificatiebrief => TitleNotification(code),
        _ => TitleCompliment(code),
    };

    public static string Explanation(LetterKind kind) => kind switch
    {
        LetterKind.Notificatiebrief => ExplanationNotification,
        _ => ExplanationCompliment,
    };

    public static string AddresseeTitle(LetterAddressee addressee) => addressee switch
    {
        LetterAddressee.Ouders => AddresseeParents,
        _ => AddresseeYouth,
    };

    /// <summary>"Open", "Verstuurd aan de ouders of verzorgers op 3 december 2026 (vastgelegd door Cas Regie op 3 december, 14:05)", …</summary>
    public static string Status(LetterTaskView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var by = view.RecordedByName is null || view.RecordedAtUtc is not { } at ? "" : RecordedBy(view.RecordedByName, ShownDates.DayMonthTime(at));
        return view.State switch
        {
            LetterTaskState.Verstuurd => StatusSent(
                view.Addressee is { } a ? a == LetterAddressee.Ouders ? SentToParents : SentToYouth : "",
                view.SentOn is { } on ? SentOnDay(ShownDates.Date(on)) : "",
                by),
            LetterTaskState.NietVerstuurd => StatusNotSent(by),
            _ => StatusOpen,
        };
    }

    public static string StatusColor(LetterTaskState state) => state switch
    {
        LetterTaskState.Verstuurd => "Good",
        LetterTaskState.NietVerstuurd => "Warning",
        _ => "Default",
    };

    public static string Recorded(bool sent) => sent ? RecordedSent : RecordedNotSent;

    /// <summary>The text of a card that replaces the one sent before: "Notificatiebrief casus PMG-J-0017: verstuurd." (no name).</summary>
    public static string Updated(LetterKind kind, string code, LetterTaskState state) => UpdatedText(Title(kind, code), state switch
    {
        LetterTaskState.Verstuurd => UpdatedStateSent,
        LetterTaskState.NietVerstuurd => UpdatedStateNotSent,
        _ => UpdatedStateOpen,
    });

    /// <summary>The heading of the page a refused download link shows.</summary>
    public static string PageTitle(LetterDownloadOutcome outcome) => outcome switch
    {
        LetterDownloadOutcome.Expired => PageTitleExpired,
        LetterDownloadOutcome.OtherUser => PageTitleOtherUser,
        LetterDownloadOutcome.NotAllowed => PageTitleNotAllowed,
        LetterDownloadOutcome.NoSignIn => PageTitleNoSignIn,
        LetterDownloadOutcome.TemplateError => PageTitleTemplateError,
        _ => PageTitleInvalid,
    };

    /// <summary>What the page of a refused download link says (no names, no case facts).</summary>
    public static string PageText(LetterDownloadOutcome outcome) => outcome switch
    {
        LetterDownloadOutcome.Expired => PageTextExpired,
        LetterDownloadOutcome.OtherUser => PageTextOtherUser,
        LetterDownloadOutcome.NotAllowed => PageTextNotAllowed,
        LetterDownloadOutcome.NoSignIn => PageTextNoSignIn,
        LetterDownloadOutcome.TemplateError => PageTextTemplateError,
        _ => PageTextInvalid,
    };
}
