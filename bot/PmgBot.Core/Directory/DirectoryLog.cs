using Microsoft.Extensions.Logging;

namespace PmgBot.Core.Directory;

internal static partial class DirectoryLog
{
    [LoggerMessage(EventId = 1101, Level = LogLevel.Information,
        Message = "Directory imported: {Added} added, {Updated} updated, {Unchanged} unchanged, {Deactivated} deactivated professionals")]
    public static partial void Imported(ILogger logger, int added, int updated, int unchanged, int deactivated);

    [LoggerMessage(EventId = 1102, Level = LogLevel.Warning, Message = "Directory import rejected with {ErrorCount} error(s); nothing stored")]
    public static partial void Rejected(ILogger logger, int errorCount);
}
