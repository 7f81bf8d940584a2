using System.ComponentModel.DataAnnotations;

namespace PmgBot.Core.Features.Actions.Letters;

/// <summary>Settings section <c>Letters</c>.</summary>
public sealed class LetterOptions
{
    public const string Section = "Letters";

    /// <summary>
    /// Where the programme keeps its own templates (relative to the content root): <c>notificatiebrief-ouders.docx</c>,
    /// <c>notificatiebrief-jongere.docx</c>, <c>complimentbrief-ouders.docx</c>, <c>complimentbrief-jongere.docx</c>,
    /// per JPP in a sub-folder named after the JPP id, or for all JPPs in the folder itself. Missing: the built-in text.
    /// </summary>
    [Required(AllowEmptyStrings = false)]
    public string TemplateFolder { get; set; } = "letters";
}
