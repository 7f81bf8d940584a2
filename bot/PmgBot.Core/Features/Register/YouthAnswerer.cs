using PmgBot.Cards;
using PmgBot.Core.Access;
using PmgBot.Core.Directory;
using PmgBot.Core.Register;
using PmgBot.Core.Time;

namespace PmgBot.Core.Features.Register;

/// <summary>
/// Decides, per user, what a set of register candidates may show — ONLY through <see cref="ICaseRelations"/> and
/// <see cref="IAccessService"/> — and builds the answer. The candidates carry the user's relation facts, read by the
/// register in the statement that found them (<see cref="ICaseRelations.StoredFactsOf"/>): "nobody" and "not for you"
/// both cost that one statement and nothing more before the same answer, so they cannot be told apart, not even by
/// the time the answer takes.
/// </summary>
public sealed class YouthAnswerer(IAccessService access, IYouthRegister register, ICaseRelations relations, YouthCards youthCards, ICardRenderer cards)
{
    public static readonly YouthAnswer NotFound = new(YouthLookupOutcomes.NotFound, null, []);

    /// <param name="candidates">Found with <see cref="ICaseRelations.StoredFactsOf"/> of this <paramref name="user"/>.</param>
    public async Task<YouthAnswer> AnswerAsync(ProfessionalProfile user, IReadOnlyList<YouthCandidate> candidates, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(candidates);
        var visible = new List<(YouthCandidate Candidate, YouthRelation Relation, bool Full)>();
        foreach (var candidate in candidates)
        {
            var relation = relations.ToYouth(user, candidate.Youth, candidate.RelationFacts);
            if (access.Allows(user.Roles, relation, BotAction.ViewYouthCard))
            {
                visible.Add((candidate, relation, true));
            }
            else if (access.Allows(user.Roles, relation, BotAction.ViewCasusregisseurContact))
            {
                visible.Add((candidate, relation, false));
            }
        }

        if (visible.Count == 0)
        {
            return NotFound;
        }

        if (visible.Count == 1)
        {
            var (candidate, relation, full) = visible[0];
            var youth = candidate.Youth;
            if (full)
            {
                var info = await register.GetCardInfoAsync(candidate, cancellationToken).ConfigureAwait(false);
                var chair = access.Allows(user.Roles, relation, BotAction.AssignCasusregisseur);
                return new YouthAnswer(YouthLookupOutcomes.Found, youthCards.RenderYouth(info, chair), [youth.Code]);
            }

            var casusregisseur = await register.GetCasusregisseurAsync(youth, cancellationToken).ConfigureAwait(false);
            return new YouthAnswer(YouthLookupOutcomes.ContactOnly, youthCards.RenderContact(youth.Code, casusregisseur), [youth.Code]);
        }

        var shown = visible.Take(YouthSearch.MaxChoices).ToList();
        var choices = shown
            .Select(v => v.Full
                ? new YouthChoiceData(v.Candidate.Youth.Code, YouthNames.Full(v.Candidate.Youth), RegisterTexts.Born(ShownDates.Date(v.Candidate.Youth.DateOfBirth)))
                : new YouthChoiceData(v.Candidate.Youth.Code))
            .ToList();
        var outcome = shown.Any(v => v.Full) ? YouthLookupOutcomes.Found : YouthLookupOutcomes.ContactOnly;
        return new YouthAnswer(outcome, cards.Render(CardTemplateNames.YouthChoices, new YouthChoicesCardData(choices)), [.. shown.Select(v => v.Candidate.Youth.Code)]);
    }
}
