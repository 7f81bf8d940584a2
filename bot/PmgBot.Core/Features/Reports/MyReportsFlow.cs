using PmgBot.Cards;
using PmgBot.Core.Access;
using PmgBot.Core.Audit;
using PmgBot.Core.Turns;

namespace PmgBot.Core.Features.Reports;

/// <summary>"Mijn meldingen": the reporter's own reports with their status, newest first; never anyone else's.</summary>
public sealed class MyReportsFlow(ICardRenderer cards, IAccessService access, IReportService reports, IAuditLog audit)
{
    public const int Max = 20;

    public async Task ShowAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var user = await NotAllowed.AllowedUserAsync(
            access,
            turn,
            BotAction.ViewOwnReports,
            refused => audit.RecordAsync(refused.AadObjectId, AuditActions.ReportViewOwn, "report", null, AuditOutcomes.Rejected, "reason=role", cancellationToken),
            cancellationToken).ConfigureAwait(false);
        if (user is null)
        {
            return;
        }

        var own = await reports.ListOwnAsync(user, Max, cancellationToken).ConfigureAwait(false);
        var data = new MyReportsCardData(own.Select(ReportCards.Row).ToList(), Max);
        await turn.ShowCardAsync(cards.Render(CardTemplateNames.MyReports, data), cancellationToken).ConfigureAwait(false);
    }
}
