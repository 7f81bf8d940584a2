using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace PmgBot.Core.Features.Actions.Letters;

/// <summary>Finds the template of a letter: the JPP's own, else the programme's, else the built-in text.</summary>
public sealed class LetterTemplates(IOptions<LetterOptions> options, IHostEnvironment environment)
{
    public Stream Open(LetterKind kind, LetterAddressee addressee, string jppId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(jppId);
        var folder = Path.Combine(environment.ContentRootPath, options.Value.TemplateFolder);
        var file = FileName(kind, addressee);
        // A JPP id is a directory id (letters, digits, '-'); anything else never reaches the file system.
        if (jppId.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'))
        {
            var own = Path.Combine(folder, jppId, file);
            if (File.Exists(own))
            {
                return File.OpenRead(own);
            }
        }

        var shared = Path.Combine(folder, file);
        return File.Exists(shared)
            ? File.OpenRead(shared)
            : new MemoryStream(DocxLetter.Create(DefaultLetterTexts.Of(kind, addressee)), writable: false);
    }

    public static string FileName(LetterKind kind, LetterAddressee addressee) =>
        $"{kind.ToString().ToLowerInvariant()}-{addressee.ToString().ToLowerInvariant()}.docx";
}
