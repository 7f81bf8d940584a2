using PmgBot.Core.Register;

namespace PmgBot.Core.Features.Screening;

/// <summary>Step 100 after a report is stored: a sure match to a known youth notifies the professionals involved (<see cref="MatchNoticeSender"/>).</summary>
public sealed class MatchNoticeHandler(MatchNoticeSender sender) : IReportSubmittedHandler
{
    public int Order => 100;

    public async Task HandleAsync(ReportSubmittedContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Report is { MatchState: MatchState.Sure, YouthId: not null })
        {
            await sender.SendAsync(context.Report, cancellationToken).ConfigureAwait(false);
        }
    }
}
