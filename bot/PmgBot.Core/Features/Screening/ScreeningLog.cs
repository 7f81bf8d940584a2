using Microsoft.Extensions.Logging;
using PmgBot.Core.Register;

namespace PmgBot.Core.Features.Screening;

/// <summary>Logs of matching and screening: references and codes only, never names.</summary>
internal static partial class ScreeningLog
{
    [LoggerMessage(EventId = 7100, Level = LogLevel.Information, Message = "Report {Reference} matched to the register: {State}")]
    public static partial void ReportMatched(ILogger logger, string reference, MatchState state);
}
