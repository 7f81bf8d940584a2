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

    /// <summary>
    /// The address users reach the bot at (scheme and host, e.g. <c>https://pmgbot.example.nl</c>): the download link of
    /// a draft is <c>{PublicBaseUrl}/letters/draft?t=…</c>. Default: the local demo.
    /// </summary>
    [Required(AllowEmptyStrings = false)]
    [RegularExpression(@"^https?://[^\s/?#]+(/[^\s?#]*)?$", ErrorMessage = "Letters:PublicBaseUrl must be an absolute http(s) address such as https://pmgbot.example.nl.")]
    public string PublicBaseUrl { get; set; } = "http://localhost:3978";

    /// <summary>
    /// The authentication scheme that signs a user in on the download link (one the deployment adds, e.g. Entra ID
    /// OpenID Connect with a cookie; its principal carries the Entra object id <c>oid</c> and tenant <c>tid</c>). Empty:
    /// nobody can download, except in anonymous local mode from this machine (see the feature README).
    /// </summary>
    public string? AuthenticationScheme { get; set; }
}
