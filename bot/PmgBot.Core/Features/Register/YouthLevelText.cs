using PmgBot.Core.Register;

namespace PmgBot.Core.Features.Register;

/// <summary>A youth's level as cards show it: the word (in the turn's language) with the IJAP level, and its Adaptive Card colour.</summary>
public static class YouthLevelText
{
    public static string Name(YouthLevel level) => level switch
    {
        YouthLevel.Groen => RegisterTexts.LevelGroen,
        YouthLevel.Oranje => RegisterTexts.LevelOranje,
        YouthLevel.Rood => RegisterTexts.LevelRood,
        YouthLevel.Afgesloten => RegisterTexts.LevelAfgesloten,
        _ => RegisterTexts.LevelGeen,
    };

    /// <summary>groen = Good, oranje = Warning, rood = Attention, geen/afgesloten = Default.</summary>
    public static string Color(YouthLevel level) => level switch
    {
        YouthLevel.Groen => "Good",
        YouthLevel.Oranje => "Warning",
        YouthLevel.Rood => "Attention",
        _ => "Default",
    };
}
