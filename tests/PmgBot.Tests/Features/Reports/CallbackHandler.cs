using PmgBot.Core.Register;

namespace PmgBot.Tests.Features.Reports;

/// <summary>An after-submit step that only calls back (to make something happen while the follow-up is running).</summary>
internal sealed class CallbackHandler(int order, Action callback) : IReportSubmittedHandler
{
    public int Order => order;

    public Task HandleAsync(ReportSubmittedContext context, CancellationToken cancellationToken)
    {
        callback();
        return Task.CompletedTask;
    }
}
