namespace PmgBot.Core.Features.Actions.Letters;

/// <summary>Audit action names of the letter tasks: record type <see cref="RecordType"/>, record id the task id; details hold ids and codes only.</summary>
public static class LetterAuditActions
{
    public const string RecordType = "letter-task";

    /// <summary>For refusals before a task is known: record type youth, record id the (normalised) code typed.</summary>
    public const string YouthRecordType = "youth";

    public const string View = "letter.view";
    public const string List = "letter.list";
    public const string Record = "letter.record";
    public const string Request = "letter.request";
    public const string Link = "letter.link";
    public const string Download = "letter.download";
    public const string Notice = "letter.notice";
}
