using Microsoft.Extensions.Logging;

namespace PmgBot.Core.Features.Reports;

/// <summary>Report logs: references (codes) only, never names or report text.</summary>
internal static partial class ReportsLog
{
    [LoggerMessage(EventId = 5301, Level = LogLevel.Information, Message = "Report {Reference} stored")]
    public static partial void Stored(ILogger logger, string reference);

    [LoggerMessage(EventId = 5302, Level = LogLevel.Information, Message = "Report {Reference} submitted again: nothing stored")]
    public static partial void Repeated(ILogger logger, string reference);

    [LoggerMessage(EventId = 5303, Level = LogLevel.Warning, Message = "Report submit refused: {Outcome}")]
    public static partial void Refused(ILogger logger, ReportSubmitOutcome outcome);

    [LoggerMessage(EventId = 5304, Level = LogLevel.Error, Message = "After-submit handler {Handler} failed for report {Reference}")]
    public static partial void HandlerFailed(ILogger logger, Exception exception, string handler, string reference);
}
