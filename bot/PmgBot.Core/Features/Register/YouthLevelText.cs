using PmgBot.Core.Register;

namespace PmgBot.Core.Features.Register;

/// <summary>A youth's level as cards show it: the Dutch word with the IJAP level, and its Adaptive Card colour.</summary>
public static class YouthLevelText
{
    public static string Name(YouthLevel level) => level switch
    {
        YouthLevel.Groen => "groen (JPP)",
        YouthLevel.Oranje => "oranje (LJA)",
        YouthLevel.Rood => "rood (PGA)",
        YouthLevel.Afgesloten => "afgesloten",
        _ => "geen",
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
