using System.Collections.Concurrent;
using PmgBot.Core.Register;

namespace PmgBot.Tests.Features.Reports;

/// <summary>An after-submit handler that writes down that it ran (and fails its first <paramref name="failures"/> runs).</summary>
internal sealed class OrderedHandler(int order, ConcurrentQueue<string> ran, int failures = 0) : IReportSubmittedHandler
{
    private int _runs;

    public int Order => order;

    public Task HandleAsync(ReportSubmittedContext context, CancellationToken cancellationToken)
    {
        ran.Enqueue($"{order}:{context.Report.Reference}");
        if (Interlocked.Increment(ref _runs) <= failures)
        {
            throw new InvalidOperationException("handler failed on purpose");
        }

        context.Alerted.Add($"by {order}");
        return Task.CompletedTask;
    }
}
