namespace PmgBot.Bot.Demo;

internal static partial class DemoLog
{
    [LoggerMessage(EventId = 1301, Level = LogLevel.Information, Message = "Demo directory imported: {Professionals} fictional professionals")]
    public static partial void Seeded(ILogger logger, int professionals);

    [LoggerMessage(EventId = 1302, Level = LogLevel.Information, Message = "Demo seeding skipped: the directory already has professionals")]
    public static partial void AlreadySeeded(ILogger logger);

    [LoggerMessage(EventId = 1303, Level = LogLevel.Information, Message = "Demo register stored: {Youths} fictional youths, {Reports} reports and two-weekly JPP meetings")]
    public static partial void RegisterSeeded(ILogger logger, int youths, int reports);

    [LoggerMessage(EventId = 1304, Level = LogLevel.Information, Message = "Demo register seeding skipped: the register already has youths")]
    public static partial void RegisterAlreadySeeded(ILogger logger);

    [LoggerMessage(EventId = 1305, Level = LogLevel.Warning, Message = "Demo register seeding skipped: the demo directory's JPPs or organisations are missing")]
    public static partial void RegisterSkippedNoDemoDirectory(ILogger logger);
}
