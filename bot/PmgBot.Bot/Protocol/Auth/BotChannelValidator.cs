using System.Security.Claims;
using Microsoft.Extensions.Options;
using PmgBot.Core.Protocol;

namespace PmgBot.Bot.Protocol.Auth;

/// <summary>
/// Activity-level checks after the token was validated (protocol.md §2.1 and §2.2):
/// Bot Framework tokens need the signing key endorsed for <c>channelId</c> (an empty channelId passes, as BotBuilder)
/// and a <c>serviceurl</c> claim equal to <c>activity.serviceUrl</c>; Entra tokens compare <c>serviceurl</c> only when
/// present and honour <see cref="BotAuthOptions.AllowedCallerAppIds"/>; anonymous principals pass only in anonymous mode.
/// </summary>
internal sealed class BotChannelValidator(IOptions<BotAuthOptions> options, ILogger<BotChannelValidator> logger)
    : IBotChannelValidator
{
    public BotChannelValidationResult Validate(ClaimsPrincipal user, Activity activity)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(activity);

        var source = user.FindFirst(BotClaimTypes.TokenSource)?.Value;
        var result = source switch
        {
            BotTokenSources.Anonymous => options.Value.AnonymousAllowed
                ? BotChannelValidationResult.Ok
                : BotChannelValidationResult.Forbidden(BotChannelRejectReason.AnonymousNotAllowed),
            BotTokenSources.BotFramework => ValidateBotFramework(user, activity),
            BotTokenSources.Entra => ValidateEntra(user, activity),
            _ => BotChannelValidationResult.Forbidden(BotChannelRejectReason.NotABotPrincipal),
        };

        if (!result.Succeeded)
        {
            BotAuthLog.ActivityRejected(logger, result.Reason, source ?? "none", activity.ChannelId ?? string.Empty);
        }

        return result;
    }

    private static BotChannelValidationResult ValidateBotFramework(ClaimsPrincipal user, Activity activity)
    {
        if (!string.IsNullOrEmpty(activity.ChannelId)
            && !user.FindAll(BotClaimTypes.Endorsement).Any(c => string.Equals(c.Value, activity.ChannelId, StringComparison.Ordinal)))
        {
            return BotChannelValidationResult.Forbidden(BotChannelRejectReason.ChannelNotEndorsed);
        }

        var claimed = user.FindFirst(BotClaimTypes.ServiceUrl)?.Value;
        if (string.IsNullOrEmpty(claimed))
        {
            return BotChannelValidationResult.Forbidden(BotChannelRejectReason.ServiceUrlClaimMissing);
        }

        return ServiceUrls.AreEqual(claimed, activity.ServiceUrl)
            ? BotChannelValidationResult.Ok
            : BotChannelValidationResult.Forbidden(BotChannelRejectReason.ServiceUrlMismatch);
    }

    private BotChannelValidationResult ValidateEntra(ClaimsPrincipal user, Activity activity)
    {
        var claimed = user.FindFirst(BotClaimTypes.ServiceUrl)?.Value;
        if (!string.IsNullOrEmpty(claimed) && !ServiceUrls.AreEqual(claimed, activity.ServiceUrl))
        {
            return BotChannelValidationResult.Forbidden(BotChannelRejectReason.ServiceUrlMismatch);
        }

        var allowed = options.Value.AllowedCallerAppIds;
        if (allowed.Count > 0)
        {
            var caller = user.FindFirst(BotClaimTypes.CallerAppId)?.Value;
            if (caller is null || !allowed.Any(a => string.Equals(a.Trim(), caller, StringComparison.OrdinalIgnoreCase)))
            {
                return BotChannelValidationResult.Forbidden(BotChannelRejectReason.CallerNotAllowed);
            }
        }

        return BotChannelValidationResult.Ok;
    }
}
