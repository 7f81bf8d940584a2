namespace PmgBot.Core.Features.Actions.Letters;

/// <summary>A filled letter (.docx bytes), or the Dutch reasons it could not be made (then no content).</summary>
public sealed record LetterDocument(byte[]? Content, IReadOnlyList<string> Errors)
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public bool Succeeded => Content is not null;
}
