using PmgBot.Cards;
using PmgBot.Core.Turns;

namespace PmgBot.Core.Features.Welcome;

/// <summary>
/// Personal install: a welcome card (what PmgBot is for, what it can do, a short privacy note). It carries no
/// personal data beyond the user's own first name. Users who are not registered also get the refusal card.
/// </summary>
public sealed class WelcomeFlow(ICardRenderer cards, AccessRefusalFlow refusal)
{
    public async Task WelcomeAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var firstName = turn.User?.DisplayName.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
        await turn.SendCardAsync(cards.Render(CardTemplateNames.Welcome, new WelcomeCardData(firstName)), cancellationToken).ConfigureAwait(false);
        if (turn.User is null)
        {
            await refusal.RefuseAsync(turn, cancellationToken).ConfigureAwait(false);
        }
    }
}
