using Microsoft.Extensions.Options;

namespace PmgBot.Bot.Protocol.Auth;

/// <summary>
/// Start-up checks of <see cref="BotAuthOptions"/>. The host refuses to start when:
/// Production has no AppId; AppId is set but blank or padded; AllowAnonymousWithoutAppId is combined with an AppId
/// (contradictory: with an AppId a missing token is always 401, so the flag would silently do nothing);
/// AppTenantId is not a GUID; a metadata URL is not an absolute http(s) URL (https unless RequireHttpsMetadata is false).
/// </summary>
internal sealed class BotAuthOptionsValidator(IHostEnvironment environment) : IValidateOptions<BotAuthOptions>
{
    public ValidateOptionsResult Validate(string? name, BotAuthOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();

        if (options.AppId is null)
        {
            failures.Add("Bot:AppId is null; use an empty string for \"no app id\".");
        }
        else if (options.AppId.Length > 0 && string.IsNullOrWhiteSpace(options.AppId))
        {
            failures.Add("Bot:AppId is blank; set the bot's Microsoft App ID or leave it empty.");
        }
        else if (options.AppId.Trim().Length != options.AppId.Length)
        {
            failures.Add("Bot:AppId has leading or trailing whitespace.");
        }

        if (environment.IsProduction() && string.IsNullOrEmpty(options.AppId))
        {
            failures.Add("Bot:AppId is empty. In Production the bot refuses to start without its Microsoft App ID, "
                + "because every inbound token must be checked against it.");
        }

        if (options.AllowAnonymousWithoutAppId && !string.IsNullOrEmpty(options.AppId))
        {
            failures.Add("Bot:AllowAnonymousWithoutAppId is true while Bot:AppId is set. Anonymous mode only exists "
                + "without an app id; remove one of the two settings.");
        }

        if (!string.IsNullOrEmpty(options.AppTenantId) && !Guid.TryParseExact(options.AppTenantId, "D", out _))
        {
            failures.Add("Bot:AppTenantId must be a tenant GUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx) or empty.");
        }

        ValidateUrl(failures, "Bot:BotFrameworkOpenIdMetadataUrl", options.BotFrameworkOpenIdMetadataUrl, options.RequireHttpsMetadata);
        ValidateUrl(failures, "Bot:EntraOpenIdMetadataUrl", options.EntraOpenIdMetadataUrl, options.RequireHttpsMetadata);

        if (options.AllowedCallerAppIds.Any(string.IsNullOrWhiteSpace))
        {
            failures.Add("Bot:AllowedCallerAppIds contains an empty entry.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void ValidateUrl(List<string> failures, string key, string? value, bool requireHttps)
    {
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            failures.Add($"{key} must be an absolute http(s) URL.");
            return;
        }

        if (requireHttps && uri.Scheme != Uri.UriSchemeHttps)
        {
            failures.Add($"{key} must use https (set Bot:RequireHttpsMetadata=false only for a local test issuer).");
        }
    }
}
