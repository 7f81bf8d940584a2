namespace PmgBot.Bot.Letters;

internal static partial class LetterEndpointLog
{
    [LoggerMessage(EventId = 6525, Level = LogLevel.Warning,
        Message = "Letters:AuthenticationScheme is not set and the bot is not in anonymous local mode: nobody can download a draft letter")]
    public static partial void NoSignIn(ILogger logger);
}
