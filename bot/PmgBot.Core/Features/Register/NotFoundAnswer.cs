using PmgBot.Core.Turns;

namespace PmgBot.Core.Features.Register;

/// <summary>
/// THE answer when a youth is not found, and also when it exists but the user may not see or act on it: the two must
/// be indistinguishable (same text, same shape). Every register flow that refuses on a youth uses this and nothing else.
/// </summary>
public static class NotFoundAnswer
{
    public const string Text =
        "Geen jongere gevonden. Controleer de naam en de geboortedatum, of vraag het de voorzitter van je JPP.";

    public static async Task ShowAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (turn.IsInvoke)
        {
            turn.RespondWithMessage(Text);
            return;
        }

        await turn.SendTextAsync(Text, cancellationToken).ConfigureAwait(false);
    }
}
