
using PmgBot.Core.Features.Welcome.Intents;

namespace PmgBot.Tests.Features.Welcome.Intents;

public sealed class IntentRecognizerTests
{
    private readonly IntentRecognizer _recognizer = new();

    [Theory]
    [InlineData("melding", "melding", 0)]
    [InlineData("melidng", "melding", 1)]
    [InlineData("meldng", "melding", 1)]
    [InlineData("hlep", "help", 1)]
    [InlineData("casusregiseur", "casusregisseur", 1)]
    [InlineData("casusrgiseur", "casusregisseur", 2)]
    public void Distance_TypedWord_OptimalStringAlignment(string typed, string word, int expected)
    {
        // The distance is the least bound the shared EditDistance accepts.
        Assert.True(PmgBot.Core.Features.Register.Matching.EditDistance.IsWithin(typed, word, expected));
        Assert.False(expected > 0 && PmgBot.Core.Features.Register.Matching.EditDistance.IsWithin(typed, word, expected - 1));
    }

    [Theory]
    [InlineData("wie", "wat", false)]
    [InlineData("hlep", "help", true)]
    [InlineData("hepl", "help", true)]
    [InlineData("hpel", "help", false)]
    [InlineData("agneda", "agenda", true)]
    [InlineData("agnda", "agenda", true)]
    [InlineData("agnad", "agenda", false)]
    [InlineData("casusrgiseur", "casusregisseur", true)]
    [InlineData("csusrgiseur", "casusregisseur", false)]
    public void Matches_ByLength_OneEditUpToSevenLettersTwoAbove(string typed, string word, bool expected) =>
        Assert.Equal(expected, TypoTolerance.Matches(typed, word));

    [Theory]
    [InlineData("Ik maak me zórgen 😟 over Daan!", new[] { "ik", "maak", "me", "zorgen", "over", "daan" })]
    [InlineData("mijn actie's", new[] { "mijn", "acties" })]
    [InlineData("Jan de Vries (12-03-2010)", new[] { "jan", "de", "vries", "12-03-2010" })]
    [InlineData("", new string[0])]
    public void Of_Text_PlainWords(string text, string[] expected) =>
        Assert.Equal(expected, MessageWords.Of(text).Words.Select(w => w.Plain));

    [Fact]
    public void Of_InvalidText_RemovedWithoutThrowing()
    {
        // Built here, not in [InlineData]: the test runner would replace a lone surrogate when it serialises theory data.
        var text = "a" + '\ud800' + "b " + '\uFFFE' + " c";

        Assert.Equal(["ab", "c"], MessageWords.Of(text).Words.Select(w => w.Plain));
    }

    [Theory]
    [InlineData("nee ik wil geen menu, ik wil een melding maken", Intent.Report)]
    [InlineData("nee ik wil niks melden, laat gewoon het menu zien", Intent.Help)]
    [InlineData("geen melding maar mijn meldingen", Intent.MyReports)]
    [InlineData("I don't want the menu, I want to report a concern", Intent.Report)]
    public void Recognize_NegationBeforeOneRequest_TheOtherRequestWins(string text, Intent expected) =>
        Assert.Equal(expected, _recognizer.Recognize(text).Intent);

    [Theory]
    [InlineData("wie is de casusregisseur van Jan de Vries (12-03-2010)", "Jan de Vries", "12-03-2010")]
    [InlineData("wie is casusregisseur jan de vries", "jan de vries", null)]
    [InlineData("Jan de Vries 12-03-2010", "Jan de Vries", "12-03-2010")]
    [InlineData("Lisa van den Berg 12 maart 2010", "Lisa van den Berg", "12-03-2010")]
    [InlineData("who is the case director of Tom Peters born 2010-05-05", "Tom Peters", "05-05-2010")]
    [InlineData("casusregiseur Noa Verzonnen", "Noa Verzonnen", null)]
    public void Recognize_Lookup_NameAsTypedAndTheDate(string text, string name, string? date)
    {
        var match = _recognizer.Recognize(text);

        Assert.Equal((Intent.Lookup, name, date), (match.Intent, string.Join(' ', match.Remainder), match.Date));
    }

    [Theory]
    [InlineData("agenda acties")]
    [InlineData("privacy netwerk")]
    public void Recognize_TwoRequestsAlike_AmbiguousWithTheOtherOffered(string text)
    {
        var match = _recognizer.Recognize(text);

        Assert.True(match.IsAmbiguous);
        Assert.DoesNotContain(match.Intent, match.CloseSeconds);
    }

    [Theory]
    [InlineData("bedankt")]
    [InlineData("wat voor weer wordt het morgen")]
    [InlineData("wat is het weer")]
    [InlineData("ok")]
    [InlineData("👍")]
    [InlineData(null)]
    [InlineData("\uFFFE\ud800")]
    public void Recognize_NothingToDo_None(string? text) =>
        Assert.Equal(Intent.None, _recognizer.Recognize(text).Intent);

    [Fact]
    public void Explain_Message_PhrasesWithScoresBestFirst()
    {
        var why = _recognizer.Explain("mijn meldingen");

        Assert.Equal((Intent.MyReports, "mijn meldingen"), (why[0].Intent, why[0].Phrase));
        Assert.True(why[0].Score > why[1].Score);
    }

    /// <summary>The phrasings the report intent's first table (ReportIntent, replaced by the recogniser) was tested with.</summary>
    [Theory]
    [InlineData("ik maak me zorgen over een leerling")]
    [InlineData("Ik maak me zorgen over een leerling.")]
    [InlineData("ik wil een zorg melden")]
    [InlineData("ik heb een signaal")]
    [InlineData("zorgen over een jongere")]
    [InlineData("Zorgen óver een jongere!")]
    [InlineData("ik maak mij zorgen om mijn leerling")]
    [InlineData("daarom maak ik me zorgen")]
    [InlineData("ik maak me grote zorgen, wat nu?")]
    [InlineData("ik heb een zorg over een jongen uit 3b")]
    [InlineData("kan ik hier een signaal doorgeven")]
    [InlineData("ik wil iets melden")]
    [InlineData("hoe kan ik een melding maken")]
    [InlineData("ik ben bezorgd over een leerling")]
    [InlineData("ik ben ongerust over een groep jongeren bij het station")]
    [InlineData("er is een zorgelijke situatie op school")]
    [InlineData("het is niet pluis met een leerling")]
    [InlineData("ik wil een veiligheidssignaal afgeven")]
    [InlineData("ZORGSIGNAAL")]
    [InlineData("nieuwe melding")]
    public void Recognize_ConcernPhrasing_Report(string text) => Assert.Equal(Intent.Report, _recognizer.Recognize(text).Intent);

    [Theory]
    [InlineData("mijn meldingen")]
    [InlineData("menu")]
    [InlineData("help")]
    [InlineData("wat is het weer")]
    [InlineData("maak je geen zorgen over mij")]
    [InlineData("ik heb geen signaal gezien")]
    [InlineData("status van mijn melding")]
    [InlineData("mijn gegevens")]
    [InlineData("zorgverzekering")]
    [InlineData("wie is de casusregisseur van PMG-J-0017")]
    [InlineData("geenzorgen")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("<b>menu</b> ${x} **vet**")]
    public void Recognize_OtherText_NotReport(string text) => Assert.NotEqual(Intent.Report, _recognizer.Recognize(text).Intent);
}
