namespace PmgBot.Bot.Demo;

internal static partial class DemoLog
{
    [LoggerMessage(EventId = 1301, Level = LogLevel.Information, Message = "Demo directory imported: {Professionals} fictional professionals")]
    public static partial void Seeded(ILogger logger, int professionals);

    [LoggerMessage(EventId = 1302, Level = LogLevel.Information, Message = "Demo seeding skipped: the directory already has professionals")]
    public static partial void AlreadySeeded(ILogger logger);
}
