using Microsoft.Extensions.Logging;

namespace PmgBot.Jobs.Reports;

/// <summary>Follow-up job log messages (report ids only, never content).</summary>
internal static partial class ReportFollowUpLog
{
    [LoggerMessage(EventId = 5401, Level = LogLevel.Information, Message = "Report follow-up job started")]
    public static partial void Started(ILogger logger);

    [LoggerMessage(EventId = 5402, Level = LogLevel.Error, Message = "Report follow-up run failed; retrying at the next poll")]
    public static partial void RunFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 5403, Level = LogLevel.Warning, Message = "Report {ReportId}: a follow-up step failed; it runs again after the lease")]
    public static partial void StepFailed(ILogger logger, long reportId);
}
