using System.Security.Claims;
using PmgBot.Core.Protocol;

namespace PmgBot.Bot.Protocol.Auth;

/// <summary>
/// Second half of inbound authentication, run after the body is parsed: checks that the authenticated caller may
/// deliver THIS activity (channel endorsement, <c>serviceurl</c> claim vs <c>activity.serviceUrl</c>, caller
/// allow-list). A forbidden result must be answered with 403 and the activity must not be processed.
/// </summary>
public interface IBotChannelValidator
{
    BotChannelValidationResult Validate(ClaimsPrincipal user, Activity activity);
}
