using PmgBot.Core.Features.Register.Matching;
using PmgBot.Core.Turns;

namespace PmgBot.Tests.Routing;

/// <summary>The command normaliser and the normalisers behind it are total: any text, never an exception.</summary>
public sealed class CommandTextTests
{
    /// <summary>Typed text → normalised command (by name: the data holds lone surrogates and non-characters).</summary>
    private static readonly Dictionary<string, (string? Text, string Expected)> Cases = new()
    {
        ["plain"] = ("help", "help"),
        ["case, spaces and punctuation"] = ("  MIJN   Gegevens!  ", "mijn gegevens"),
        ["tabs and new lines"] = ("mijn\t\ngegevens", "mijn gegevens"),
        ["null"] = (null, ""),
        ["blank"] = (" \t ", ""),
        ["U+FFFE inside"] = ("he\uFFFElp", "help"),
        ["only U+FFFE"] = ("\uFFFE", ""),
        ["U+FFFF and U+FDD0"] = ("\uFDD0menu\uFFFF", "menu"),
        ["lone high surrogate"] = ("help\uD800", "help"),
        ["lone low surrogate"] = ("\uDC00help", "help"),
        ["plane 16 non-character"] = ("\U0010FFFEprivacy", "privacy"),
        ["emoji kept"] = ("help \U0001F600", "help \U0001F600"),
    };

    public static TheoryData<string> CaseNames => new(Cases.Keys);

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Normalise_Text_CommandWithoutInvalidCodePoints(string name)
    {
        var (text, expected) = Cases[name];

        Assert.Equal(expected, CommandText.Normalise(text));
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Recognize_AnyText_NeverThrows(string name)
    {
        var (text, _) = Cases[name];
        var recognizer = new PmgBot.Core.Features.Welcome.Intents.IntentRecognizer();

        Assert.NotEqual(PmgBot.Core.Features.Welcome.Intents.Intent.Report, recognizer.Recognize(text).Intent);
        Assert.Equal(PmgBot.Core.Features.Welcome.Intents.Intent.Report, recognizer.Recognize("ik maak me zorgen \uFFFE\uD800 over een leerling").Intent);
    }

    [Theory]
    [InlineData("Jan\uFFFE", "jan")]
    [InlineData("\uFFFEZoë", "zoe")]
    [InlineData("Do\uFDD0ğan", "dogan")]
    public void DutchNameNormalizerNormalizeToken_NonCharacters_Removed(string value, string expected) =>
        Assert.Equal(expected, DutchNameNormalizer.NormalizeToken(value));

    [Fact]
    public void DutchNameNormalizerNormalizeToken_LoneSurrogate_Removed() =>
        Assert.Equal("jan", DutchNameNormalizer.NormalizeToken("J\uD800an"));
}
