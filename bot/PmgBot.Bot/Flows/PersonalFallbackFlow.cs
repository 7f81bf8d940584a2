using PmgBot.Bot.Flows.Reports;
using PmgBot.Bot.Routing;

namespace PmgBot.Bot.Flows;

/// <summary>
/// Personal-chat text that no command matched: first the natural-language intents (in this order), then
/// "Dat begrijp ik niet" with the menu. Intents are explicit tables with tests, never a guess.
/// </summary>
public sealed class PersonalFallbackFlow(ReportFlow reports, MenuFlow menu)
{
    public Task HandleAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (ReportIntent.Matches(turn.CommandText))
        {
            return reports.OpenAsync(turn, cancellationToken);
        }

        return menu.NotUnderstoodAsync(turn, cancellationToken);
    }
}
