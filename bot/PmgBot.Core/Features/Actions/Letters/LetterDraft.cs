namespace PmgBot.Core.Features.Actions.Letters;

/// <summary>A draft written for a download: the task, for whom, the case code (for the file name) and the document or its Dutch errors.</summary>
public sealed record LetterDraft(long TaskId, LetterKind Kind, LetterAddressee Addressee, string Code, LetterDocument Document, string AuditDetail)
{
    /// <summary>"notificatiebrief-PMG-J-0017-ouders.docx": the case code, never a name.</summary>
    public string FileName => $"{LetterValues.Kind(Kind)}-{Code}-{LetterValues.Addressee(Addressee)}.docx";
}
