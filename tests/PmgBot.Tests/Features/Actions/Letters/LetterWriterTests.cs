using PmgBot.Core.Audit;
using PmgBot.Core.Outbox;
using PmgBot.Core.Register;
using PmgBot.Core.Directory;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Options;
using PmgBot.Core.Features.Actions.Letters;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace PmgBot.Tests.Features.Actions.Letters;

public sealed class LetterWriterTests : IDisposable
{
    private static readonly LetterFacts Facts = new(
        YouthFullName: "Noa Verzonnen",
        YouthFirstName: "Noa",
        YouthDateOfBirth: new DateOnly(2009, 3, 12),
        JppName: "Heerlen",
        Place: "Heerlen",
        Date: new DateOnly(2026, 12, 3),
        CasusregisseurName: "Yara El Idrissi",
        CasusregisseurOrganisation: "Jongerenwerk Parkstad",
        CasusregisseurPhone: "06-12345678",
        CasusregisseurEmail: null,
        ChairName: "Sanne Voorbeeld");

    private readonly string _root = Path.Combine(Path.GetTempPath(), "pmgbot-letters-" + Guid.NewGuid().ToString("N")[..10]);

    public LetterWriterTests() => System.IO.Directory.CreateDirectory(_root);

    public void Dispose() => System.IO.Directory.Delete(_root, recursive: true);

    [Theory]
    [InlineData(LetterKind.Notificatiebrief, LetterAddressee.Ouders, "Met deze brief laten wij u weten dat wij Noa Verzonnen bespreken")]
    [InlineData(LetterKind.Notificatiebrief, LetterAddressee.Jongere, "Beste Noa,")]
    [InlineData(LetterKind.Complimentbrief, LetterAddressee.Ouders, "Het gaat de laatste tijd goed met Noa Verzonnen.")]
    [InlineData(LetterKind.Complimentbrief, LetterAddressee.Jongere, "Het gaat de laatste tijd goed met je.")]
    public void Write_BuiltInText_FilledForTheAddressee(LetterKind kind, LetterAddressee addressee, string expected)
    {
        var letter = Writer().Write(kind, addressee, "jpp-heerlen", Facts);

        Assert.Empty(letter.Errors);
        var text = Paragraphs(letter.Content!);
        Assert.Contains(text, p => p.Contains(expected, StringComparison.Ordinal));
        Assert.Equal("Heerlen, 3 december 2026", text[0]);
        Assert.Contains(text, p => p.Contains("Yara El Idrissi", StringComparison.Ordinal) && p.Contains("06-12345678", StringComparison.Ordinal)
            && p.Contains("(geen e-mailadres bekend)", StringComparison.Ordinal));
        Assert.DoesNotContain(text, p => p.Contains('{', StringComparison.Ordinal) || p.Contains('}', StringComparison.Ordinal));
        using var stream = new MemoryStream(letter.Content!);
        using var document = WordprocessingDocument.Open(stream, isEditable: false);
        Assert.Empty(new OpenXmlValidator().Validate(document).Select(e => e.Description));
    }

    [Theory]
    [InlineData(LetterAddressee.Ouders, "u", "je")]
    [InlineData(LetterAddressee.Jongere, "je", "u")]
    public void Write_Notificatiebrief_AddressesWithUOrJeOnly(LetterAddressee addressee, string used, string notUsed)
    {
        var words = Paragraphs(Writer().Write(LetterKind.Notificatiebrief, addressee, "jpp-heerlen", Facts).Content!)
            .SelectMany(p => p.Split([' ', ',', '.', '?', ':'], StringSplitOptions.RemoveEmptyEntries))
            .Select(w => w.ToLowerInvariant())
            .ToList();

        Assert.Contains(used, words);
        Assert.DoesNotContain(notUsed, words);
    }

    [Theory]
    [InlineData("2010-12-04", "2026-12-03", false)]
    [InlineData("2010-12-03", "2026-12-03", true)]
    [InlineData("2012-01-01", "2026-12-03", false)]
    [InlineData("2008-02-29", "2024-02-28", false)]
    [InlineData("2008-02-29", "2024-02-29", true)]
    public void Allowed_DateOfBirth_YouthFromSixteenParentsAlways(string dateOfBirth, string letterDate, bool youthAllowed)
    {
        var allowed = LetterAddressees.Allowed(DateOnly.Parse(dateOfBirth, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(letterDate, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Contains(LetterAddressee.Ouders, allowed);
        Assert.Equal(youthAllowed, allowed.Contains(LetterAddressee.Jongere));
    }

    [Fact]
    public void Write_ToAYouthUnderSixteen_RefusedInDutchWithoutDocument()
    {
        var letter = Writer().Write(LetterKind.Notificatiebrief, LetterAddressee.Jongere, "jpp-heerlen", Facts with { YouthDateOfBirth = new DateOnly(2012, 5, 1) });

        Assert.Null(letter.Content);
        Assert.Equal("Een brief aan de jongere zelf kan pas vanaf 16 jaar. Schrijf aan de ouders of verzorgers.", Assert.Single(letter.Errors));
    }

    [Fact]
    public void Write_TemplatesOfJppAndProgramme_JppsOwnFirstThenProgrammesThenBuiltIn()
    {
        System.IO.Directory.CreateDirectory(Path.Combine(_root, "letters", "jpp-heerlen"));
        File.WriteAllBytes(Path.Combine(_root, "letters", "jpp-heerlen", "notificatiebrief-ouders.docx"), DocxLetter.Create(["Eigen brief Heerlen voor {{jongere}}"]));
        File.WriteAllBytes(Path.Combine(_root, "letters", "notificatiebrief-ouders.docx"), DocxLetter.Create(["Brief van het programma voor {{jongere}}"]));

        Assert.Equal(["Eigen brief Heerlen voor Noa Verzonnen"], Paragraphs(Writer().Write(LetterKind.Notificatiebrief, LetterAddressee.Ouders, "jpp-heerlen", Facts).Content!));
        Assert.Equal(["Brief van het programma voor Noa Verzonnen"], Paragraphs(Writer().Write(LetterKind.Notificatiebrief, LetterAddressee.Ouders, "jpp-kerkrade", Facts).Content!));
        Assert.Equal(["Brief van het programma voor Noa Verzonnen"], Paragraphs(Writer().Write(LetterKind.Notificatiebrief, LetterAddressee.Ouders, "../jpp-heerlen", Facts).Content!));
        Assert.Contains("Beste Noa,", Paragraphs(Writer().Write(LetterKind.Notificatiebrief, LetterAddressee.Jongere, "jpp-heerlen", Facts).Content!));
    }

    [Fact]
    public void Fill_PlaceholderSplitOverRunsAsWordSavesIt_FilledInTheFirstRun()
    {
        using var template = new MemoryStream(Docx(new Paragraph(
            new Run(new RunProperties(new Bold()), new WordText("Beste ") { Space = SpaceProcessingModeValues.Preserve }),
            new Run(new WordText("{{jon")),
            new Run(new WordText("gere_voor")),
            new Run(new WordText("naam}},")))));

        var letter = DocxLetter.Fill(template, LetterPlaceholders.Values(Facts));

        Assert.Equal(["Beste Noa,"], Paragraphs(letter.Content!));
    }

    [Theory]
    [InlineData("Beste {{naam}},", "Onbekend veld {{naam}} in de sjabloon.")]
    [InlineData("Beste {{jongere},", "Een veld in de sjabloon is niet goed geschreven: gebruik twee accolades, zoals {{jongere}}.")]
    public void Fill_BadPlaceholder_DutchErrorAndNoDocument(string paragraph, string expectedStart)
    {
        using var template = new MemoryStream(DocxLetter.Create([paragraph]));

        var letter = DocxLetter.Fill(template, LetterPlaceholders.Values(Facts));

        Assert.Null(letter.Content);
        Assert.StartsWith(expectedStart, Assert.Single(letter.Errors), StringComparison.Ordinal);
    }

    [Fact]
    public void Fill_NotAWordDocument_DutchError()
    {
        using var template = new MemoryStream("dit is geen docx"u8.ToArray());

        var letter = DocxLetter.Fill(template, LetterPlaceholders.Values(Facts));

        Assert.Null(letter.Content);
        Assert.Equal(["De sjabloon is geen geldig Word-document (.docx)."], letter.Errors);
    }

    private LetterWriter Writer() => new(new LetterTemplates(
        Options.Create(new LetterOptions()),
        new HostingEnvironment { ContentRootPath = _root, EnvironmentName = "Development", ApplicationName = "PmgBot.Tests" }));

    private static List<string> Paragraphs(byte[] docx)
    {
        using var stream = new MemoryStream(docx);
        using var document = WordprocessingDocument.Open(stream, isEditable: false);
        return document.MainDocumentPart!.Document!.Body!.Descendants<Paragraph>()
            .Select(p => string.Concat(p.Descendants<WordText>().Select(t => t.Text)))
            .ToList();
    }

    private static byte[] Docx(params Paragraph[] paragraphs)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            document.AddMainDocumentPart().Document = new Document(new Body(paragraphs));
        }

        return stream.ToArray();
    }
}
