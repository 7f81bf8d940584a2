using PmgBot.Core.Register;

namespace PmgBot.Core.Features.Actions.Decisions;

/// <summary>
/// The values the decision card submits for its choices, with their titles in the turn's language (DecisionTexts); one
/// table each, read both ways. The values are stable (they are in sent cards).
/// </summary>
public static class DecisionValues
{
    public static IReadOnlyList<(string Value, DecisionKind Kind, string Title)> Kinds =>
    [
        ("vervolg", DecisionKind.VervolgJpp, DecisionTexts.KindVervolg),
        ("opschalen", DecisionKind.Opschalen, DecisionTexts.KindOpschalen),
        ("afschalen", DecisionKind.Afschalen, DecisionTexts.KindAfschalen),
        ("afsluiten", DecisionKind.Afsluiten, DecisionTexts.KindAfsluiten),
        ("doorverwijzen", DecisionKind.Doorverwijzen, DecisionTexts.KindDoorverwijzen),
    ];

    public static IReadOnlyList<(string Value, YouthLevel Level, string Title)> Levels =>
    [
        ("groen", YouthLevel.Groen, DecisionTexts.LevelGroen),
        ("oranje", YouthLevel.Oranje, DecisionTexts.LevelOranje),
        ("rood", YouthLevel.Rood, DecisionTexts.LevelRood),
    ];

    public static IReadOnlyList<(string Value, ReferralTarget Target, string Title)> Referrals =>
    [
        ("zvh-regieteam", ReferralTarget.ZvhRegieteam, DecisionTexts.ReferralZvhRegieteam),
        ("sociaal-team", ReferralTarget.SociaalTeam, DecisionTexts.ReferralSociaalTeam),
        ("veilig-thuis", ReferralTarget.VeiligThuis, DecisionTexts.ReferralVeiligThuis),
        ("anders", ReferralTarget.Anders, DecisionTexts.ReferralAnders),
    ];

    public static DecisionKind? KindOf(string? value) => Find(Kinds, value, k => k.Value, k => (DecisionKind?)k.Kind);

    public static YouthLevel? LevelOf(string? value) => Find(Levels, value, l => l.Value, l => (YouthLevel?)l.Level);

    public static ReferralTarget? ReferralOf(string? value) => Find(Referrals, value, r => r.Value, r => (ReferralTarget?)r.Target);

    public static string TitleOf(DecisionKind kind) => Kinds.First(k => k.Kind == kind).Title;

    public static string TitleOf(ReferralTarget target) => Referrals.First(r => r.Target == target).Title;

    /// <summary>The level as the register cards name it.</summary>
    public static string TitleOf(YouthLevel level) => level switch
    {
        YouthLevel.Groen => DecisionTexts.LevelGroen,
        YouthLevel.Oranje => DecisionTexts.LevelOranje,
        YouthLevel.Rood => DecisionTexts.LevelRood,
        YouthLevel.Afgesloten => DecisionTexts.LevelAfgesloten,
        _ => DecisionTexts.LevelGeen,
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
