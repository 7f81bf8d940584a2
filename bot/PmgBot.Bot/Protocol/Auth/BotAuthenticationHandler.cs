using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace PmgBot.Bot.Protocol.Auth;

/// <summary>
/// The <see cref="BotAuthDefaults.Scheme"/> handler. No Authorization header: anonymous principal only in anonymous
/// mode, else no result (401). <c>Bearer &lt;jwt&gt;</c>: <see cref="BotTokenValidator"/>; any failure or exception is a
/// failed authentication (401), never a 500. Challenge = 401 with <c>WWW-Authenticate: Bearer</c>, forbid = 403;
/// no redirects.
/// </summary>
internal sealed class BotAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> schemeOptions,
    ILoggerFactory loggerFactory,
    UrlEncoder encoder,
    IOptions<BotAuthOptions> botOptions,
    BotTokenValidator tokenValidator)
    : AuthenticationHandler<AuthenticationSchemeOptions>(schemeOptions, loggerFactory, encoder)
{
    private const string BearerPrefix = "Bearer ";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var headers = Request.Headers.Authorization;
        if (headers.Count == 0 || (headers.Count == 1 && string.IsNullOrEmpty(headers[0])))
        {
            if (botOptions.Value.AnonymousAllowed)
            {
                // Not logged per request: AnonymousModeWarning says it once at start.
                return AuthenticateResult.Success(AnonymousTicket());
            }

            BotAuthLog.NoToken(Logger);
            return AuthenticateResult.NoResult();
        }

        var header = headers.Count == 1 ? headers[0]! : string.Empty;
        if (!header.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return Reject(BotTokenRejectReason.NotBearer);
        }

        BotTokenValidationResult result;
        try
        {
            result = await tokenValidator.ValidateAsync(header[BearerPrefix.Length..].Trim(), Context.RequestAborted)
                .ConfigureAwait(false);
        }
#pragma warning disable CA1031 // a bad token must never become a 500
        catch (Exception ex)
#pragma warning restore CA1031
        {
            BotAuthLog.ValidationError(Logger, ex.GetType().Name);
            return Reject(BotTokenRejectReason.Invalid);
        }

        if (result.Identity is null)
        {
            return Reject(result.Reason);
        }

        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(result.Identity), Scheme.Name));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.Append(HeaderNames.WWWAuthenticate, "Bearer");
        return Task.CompletedTask;
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return Task.CompletedTask;
    }

    private AuthenticateResult Reject(BotTokenRejectReason reason)
    {
        BotAuthLog.TokenRejected(Logger, reason);
        return AuthenticateResult.Fail("Bot token rejected: " + reason);
    }

    private AuthenticationTicket AnonymousTicket()
    {
        var identity = new ClaimsIdentity(
            [new Claim(BotClaimTypes.TokenSource, BotTokenSources.Anonymous)],
            BotAuthDefaults.AnonymousAuthenticationType);
        return new AuthenticationTicket(new ClaimsPrincipal(identity), Scheme.Name);
    }
}
