using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace PmgBot.Core.Features.Actions.Letters;

/// <summary>
/// Makes and fills .docx letters with the Open XML SDK. Word often splits a typed <c>{{naam}}</c> over several runs
/// (spelling marks, an edit in the middle), so placeholders are found in a paragraph's whole text; a paragraph that
/// holds one gets the filled text in its first run and keeps that run's formatting.
/// </summary>
public static partial class DocxLetter
{
    public static byte[] Create(IReadOnlyList<string> paragraphs)
    {
        ArgumentNullException.ThrowIfNull(paragraphs);
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new Document(new Body(paragraphs.Select(p =>
                new Paragraph(new Run(new WordText(p) { Space = SpaceProcessingModeValues.Preserve })))));
        }

        return stream.ToArray();
    }

    public static LetterDocument Fill(Stream template, IReadOnlyDictionary<string, string> values)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(values);
        using var stream = new MemoryStream();
        template.CopyTo(stream);
        var errors = new List<string>();
        try
        {
            using var document = WordprocessingDocument.Open(stream, isEditable: true);
            var main = document.MainDocumentPart;
            if (main?.Document?.Body is null)
            {
                return new LetterDocument(null, ["De sjabloon is geen Word-document met tekst."]);
            }

            var roots = new List<OpenXmlElement> { main.Document.Body };
            roots.AddRange(main.HeaderParts.Select(h => (OpenXmlElement?)h.Header).OfType<OpenXmlElement>());
            roots.AddRange(main.FooterParts.Select(f => (OpenXmlElement?)f.Footer).OfType<OpenXmlElement>());
            foreach (var paragraph in roots.SelectMany(r => r.Descendants<Paragraph>()))
            {
                FillParagraph(paragraph, values, errors);
            }

            if (errors.Count > 0)
            {
                return new LetterDocument(null, errors.Distinct(StringComparer.Ordinal).ToList());
            }

            main.Document.Save();
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or FileFormatException or System.Xml.XmlException)
        {
            return new LetterDocument(null, ["De sjabloon is geen geldig Word-document (.docx)."]);
        }

        return new LetterDocument(stream.ToArray(), []);
    }

    private static void FillParagraph(Paragraph paragraph, IReadOnlyDictionary<string, string> values, List<string> errors)
    {
        var texts = paragraph.Descendants<WordText>().ToList();
        var whole = string.Concat(texts.Select(t => t.Text));
        if (!whole.Contains("{{", StringComparison.Ordinal))
        {
            return;
        }

        var filled = Placeholder().Replace(whole, match =>
        {
            var name = match.Groups["name"].Value;
            if (values.TryGetValue(name, out var value))
            {
                return value;
            }

            errors.Add($"Onbekend veld {{{{{name}}}}} in de sjabloon. Te gebruiken velden: {string.Join(", ", LetterPlaceholders.Names.Select(n => "{{" + n + "}}"))}.");
            return match.Value;
        });
        var unmatched = Placeholder().Replace(whole, string.Empty);
        if (unmatched.Contains("{{", StringComparison.Ordinal) || unmatched.Contains("}}", StringComparison.Ordinal))
        {
            errors.Add("Een veld in de sjabloon is niet goed geschreven: gebruik twee accolades, zoals {{jongere}}.");
        }

        texts[0].Text = filled;
        texts[0].Space = SpaceProcessingModeValues.Preserve;
        foreach (var rest in texts.Skip(1))
        {
            rest.Text = string.Empty;
        }
    }

    [GeneratedRegex(@"\{\{\s*(?<name>[A-Za-z_]+)\s*\}\}", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();
}
