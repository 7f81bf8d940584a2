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
        var user = turn.User ?? throw new InvalidOperationException("Needs a registered user.");
        if (!access.Allows(user.Roles, BotAction.ViewOwnReports))
        {
            await audit.RecordAsync(user.AadObjectId, AuditActions.ReportViewOwn, "report", null, AuditOutcomes.Rejected, "reason=role", cancellationToken).ConfigureAwait(false);
            await NotAllowed.ShowAsync(turn, cancellationToken).ConfigureAwait(false);
            return;
        }

        var own = await reports.ListOwnAsync(user, Max, cancellationToken).ConfigureAwait(false);
        var data = new MyReportsCardData(own.Select(ReportCards.Row).ToList(), Max);
        await turn.ShowCardAsync(cards.Render(CardTemplateNames.MyReports, data), cancellationToken).ConfigureAwait(false);
    }
}
