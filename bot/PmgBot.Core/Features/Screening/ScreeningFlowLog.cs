using Microsoft.Extensions.Logging;

namespace PmgBot.Core.Features.Screening;

/// <summary>Logs of the screening flow and its notices: references, codes and outcomes only, never names or text.</summary>
internal static partial class ScreeningFlowLog
{
    [LoggerMessage(EventId = 7200, Level = LogLevel.Warning, Message = "A notice for report {Reference} was not queued: {Reason}")]
    public static partial void NoticeNotQueued(ILogger logger, string reference, string reason);

    [LoggerMessage(EventId = 7201, Level = LogLevel.Information, Message = "Report {Reference} screened: {Outcome}")]
    public static partial void Decided(ILogger logger, string reference, string outcome);

    [LoggerMessage(EventId = 7202, Level = LogLevel.Information, Message = "Report {Reference} was changed by someone else; the current card was shown")]
    public static partial void StaleClick(ILogger logger, string reference);
}
