namespace PmgBot.Bot.Protocol.Auth;

/// <summary>Outcome of <see cref="IBotChannelValidator.Validate"/>; <see cref="Reason"/> is meant for logs only.</summary>
public sealed record BotChannelValidationResult(bool Succeeded, BotChannelRejectReason Reason)
{
    public static BotChannelValidationResult Ok { get; } = new(true, BotChannelRejectReason.None);

    public static BotChannelValidationResult Forbidden(BotChannelRejectReason reason) => new(false, reason);
}
