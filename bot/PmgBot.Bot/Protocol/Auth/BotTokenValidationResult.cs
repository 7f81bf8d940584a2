using System.Security.Claims;

namespace PmgBot.Bot.Protocol.Auth;

/// <summary>Outcome of <see cref="BotTokenValidator"/>: an identity, or the reason it was refused.</summary>
internal sealed record BotTokenValidationResult(ClaimsIdentity? Identity, BotTokenRejectReason Reason)
{
    public static BotTokenValidationResult Success(ClaimsIdentity identity) => new(identity, BotTokenRejectReason.None);

    public static BotTokenValidationResult Reject(BotTokenRejectReason reason) => new(null, reason);
}
