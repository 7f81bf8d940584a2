using PmgBot.Bot.Flows.Reports;

namespace PmgBot.Tests.Reports;

/// <summary>The natural-language report intent: Dutch phrasings of a concern match, everything else does not.</summary>
public sealed class ReportIntentTests
{
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
    public void Matches_ConcernPhrasing_IsReportIntent(string text) => Assert.True(ReportIntent.Matches(text), text);

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
    public void Matches_OtherText_IsNoReportIntent(string text) => Assert.False(ReportIntent.Matches(text), text);

    [Theory]
    [InlineData("Zorgen óver, een  JONGERE!", " zorgen over een jongere ")]
    [InlineData("", " ")]
    [InlineData("a-b", " a b ")]
    public void Normalise_Text_LowerCaseLettersAndSingleSpaces(string text, string expected) =>
        Assert.Equal(expected, ReportIntent.Normalise(text));
}
