using PmgBot.Core.Register;

namespace PmgBot.Core.Features.Actions.Decisions;

/// <summary>The values the decision card submits for its choices, with their Dutch titles; one table each, read both ways.</summary>
public static class DecisionValues
{
    public static readonly IReadOnlyList<(string Value, DecisionKind Kind, string Title)> Kinds =
    [
        ("vervolg", DecisionKind.VervolgJpp, "Vervolg in JPP"),
        ("opschalen", DecisionKind.Opschalen, "Opschalen (oranje of rood)"),
        ("afschalen", DecisionKind.Afschalen, "Afschalen"),
        ("afsluiten", DecisionKind.Afsluiten, "Afsluiten"),
        ("doorverwijzen", DecisionKind.Doorverwijzen, "Doorverwijzen"),
    ];

    public static readonly IReadOnlyList<(string Value, YouthLevel Level, string Title)> Levels =
    [
        ("groen", YouthLevel.Groen, "groen (JPP)"),
        ("oranje", YouthLevel.Oranje, "oranje (LJA)"),
        ("rood", YouthLevel.Rood, "rood (PGA)"),
    ];

    public static readonly IReadOnlyList<(string Value, ReferralTarget Target, string Title)> Referrals =
    [
        ("zvh-regieteam", ReferralTarget.ZvhRegieteam, "ZVH regieteam"),
        ("sociaal-team", ReferralTarget.SociaalTeam, "Sociaal team"),
        ("veilig-thuis", ReferralTarget.VeiligThuis, "Veilig Thuis"),
        ("anders", ReferralTarget.Anders, "Anders (zie reden)"),
    ];

    public static DecisionKind? KindOf(string? value) => Find(Kinds, value, k => k.Value, k => (DecisionKind?)k.Kind);

    public static YouthLevel? LevelOf(string? value) => Find(Levels, value, l => l.Value, l => (YouthLevel?)l.Level);

    public static ReferralTarget? ReferralOf(string? value) => Find(Referrals, value, r => r.Value, r => (ReferralTarget?)r.Target);

    public static string TitleOf(DecisionKind kind) => Kinds.First(k => k.Kind == kind).Title;

    public static string TitleOf(ReferralTarget target) => Referrals.First(r => r.Target == target).Title;

    /// <summary>The level as the register cards name it.</summary>
    public static string TitleOf(YouthLevel level) => level switch
    {
        YouthLevel.Groen => "groen (JPP)",
        YouthLevel.Oranje => "oranje (LJA)",
        YouthLevel.Rood => "rood (PGA)",
        YouthLevel.Afgesloten => "afgesloten",
        _ => "geen",
    };

    private static TResult? Find<T, TResult>(IEnumerable<T> table, string? value, Func<T, string> key, Func<T, TResult?> result)
    {
        var text = value?.Trim();
        foreach (var row in table)
        {
            if (string.Equals(key(row), text, StringComparison.OrdinalIgnoreCase))
            {
                return result(row);
            }
        }

        return default;
    }
}
