using System.Collections.Concurrent;
using PmgBot.Core.Register;

namespace PmgBot.Tests.Reports;

/// <summary>An after-submit handler that writes down that it ran (and can fail).</summary>
internal sealed class OrderedHandler(int order, ConcurrentQueue<string> ran, bool fail = false) : IReportSubmittedHandler
{
    public int Order => order;

    public Task HandleAsync(ReportSubmittedContext context, CancellationToken cancellationToken)
    {
        ran.Enqueue($"{order}:{context.Report.Reference}");
        if (fail)
        {
            throw new InvalidOperationException("handler failed on purpose");
        }

        context.Alerted.Add($"by {order}");
        return Task.CompletedTask;
    }
}
