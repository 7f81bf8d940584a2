
namespace PmgBot.Core.Turns;

/// <summary>The one answer for an action the user's roles do not allow.</summary>
public static class NotAllowed
{
    public const string Text = "Dit onderdeel is niet beschikbaar voor jouw rol. Typ 'menu' om te zien wat je wel kunt doen.";

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
