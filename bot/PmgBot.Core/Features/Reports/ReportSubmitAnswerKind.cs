using PmgBot.Core.Turns;

namespace PmgBot.Core.Features.Reports;

/// <summary>What a submitted report card comes to.</summary>
public enum ReportSubmitAnswerKind
{
    /// <summary>The form again (with messages per field, or a fresh one); nothing stored.</summary>
    Form,
    /// <summary>The report is stored (now or by an earlier submit of the same card): the confirmation card.</summary>
    Confirmation,
    /// <summary>The user's roles do not allow reporting; nothing stored.</summary>
    NotAllowed,
}
