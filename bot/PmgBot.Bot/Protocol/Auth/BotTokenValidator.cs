using System.Security.Claims;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace PmgBot.Bot.Protocol.Auth;

/// <summary>
/// Validates an inbound bearer token (protocol.md §2.4 steps 3–4, plus the parts of 5–6 that need no activity):
/// pick the key source from the unvalidated <c>iss</c> (unknown issuer, algorithm or missing <c>kid</c> are refused
/// before any key is fetched), find the signing key (one rate-limited refresh on an unknown <c>kid</c>), then verify
/// signature (RS256/384/512), issuer, audience == AppId and lifetime (5 min skew). Bot Framework keys must carry an
/// <c>endorsements</c> array (else 401: the key is not a channel key at all); Entra tokens must have a <c>tid</c>
/// matching their issuer. Every token problem is a rejection with a reason; only cancellation of the request can
/// escape, and the handler turns that (and anything unexpected) into a failed authentication as well.
/// </summary>
internal sealed class BotTokenValidator(
    IOptions<BotAuthOptions> options,
    OpenIdKeySources keySources,
    ValidatedTokenCache validated,
    TimeProvider timeProvider)
{
    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    private static readonly string[] AllowedAlgorithms =
        [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512];

    private readonly JsonWebTokenHandler _handler = new() { MapInboundClaims = false };

    public async Task<BotTokenValidationResult> ValidateAsync(string token, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (!settings.HasAppId)
        {
            return BotTokenValidationResult.Reject(BotTokenRejectReason.NoAppIdConfigured);
        }

        if (!TryRead(token, out var jwt))
        {
            return BotTokenValidationResult.Reject(BotTokenRejectReason.Malformed);
        }

        var issuer = ReadIssuer(jwt);
        var entraIssuers = BotIssuers.Entra(settings.AppTenantId);
        string source;
        string metadataUrl;
        IReadOnlyList<string> validIssuers;
        if (string.Equals(issuer, BotIssuers.BotFramework, StringComparison.Ordinal))
        {
            source = BotTokenSources.BotFramework;
            metadataUrl = settings.BotFrameworkOpenIdMetadataUrl;
            validIssuers = [BotIssuers.BotFramework];
        }
        else if (issuer is not null && entraIssuers.Contains(issuer, StringComparer.Ordinal))
        {
            source = BotTokenSources.Entra;
            metadataUrl = EntraMetadataUrls.For(settings, BotIssuers.TenantOf(issuer)!);
            validIssuers = entraIssuers;
        }
        else
        {
            return BotTokenValidationResult.Reject(BotTokenRejectReason.UnknownIssuer);
        }

        if (!AllowedAlgorithms.Contains(jwt.Alg, StringComparer.Ordinal))
        {
            return BotTokenValidationResult.Reject(BotTokenRejectReason.DisallowedAlgorithm);
        }

        if (string.IsNullOrEmpty(jwt.Kid))
        {
            return BotTokenValidationResult.Reject(BotTokenRejectReason.MissingKeyId);
        }

        var keySource = keySources.For(metadataUrl);
        SigningKeySnapshot keys;
        try
        {
            keys = await keySource.GetAsync(cancellationToken).ConfigureAwait(false);
            if (!keys.KeysById.ContainsKey(jwt.Kid))
            {
                keys = await keySource.RefreshForUnknownKeyAsync(keys, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (InvalidOperationException)
        {
            return BotTokenValidationResult.Reject(BotTokenRejectReason.KeysUnavailable);
        }

        if (!keys.KeysById.TryGetValue(jwt.Kid, out var signingKey))
        {
            return BotTokenValidationResult.Reject(BotTokenRejectReason.UnknownSigningKey);
        }

        IReadOnlyList<string>? endorsements = null;
        if (source == BotTokenSources.BotFramework && !keys.EndorsementsById.TryGetValue(jwt.Kid, out endorsements))
        {
            return BotTokenValidationResult.Reject(BotTokenRejectReason.KeyWithoutEndorsements);
        }

        if (validated.TryGet(token, keys, out var verifiedClaims))
        {
            // Signature, issuer and audience were verified for this exact token against these keys; the lifetime is not.
            try
            {
                TokenLifetime.Validate(
                    jwt.ValidFrom == DateTime.MinValue ? null : jwt.ValidFrom,
                    jwt.ValidTo == DateTime.MinValue ? null : jwt.ValidTo,
                    timeProvider.GetUtcNow(),
                    ClockSkew);
            }
            catch (SecurityTokenException ex)
            {
                return BotTokenValidationResult.Reject(MapFailure(ex));
            }

            return BotTokenValidationResult.Success(BuildIdentity(verifiedClaims, source, endorsements));
        }

        var parameters = new TokenValidationParameters
        {
            ValidateIssuer = true,
            ValidIssuers = validIssuers,
            ValidateAudience = true,
            ValidAudience = settings.AppId,
            RequireAudience = true,
            ValidateLifetime = true,
            RequireExpirationTime = true,
            ClockSkew = ClockSkew,
            RequireSignedTokens = true,
            ValidateIssuerSigningKey = true,
            IssuerSigningKeys = [signingKey],
            TryAllIssuerSigningKeys = false,
            ValidAlgorithms = AllowedAlgorithms,
            LifetimeValidator = (notBefore, expires, _, _) =>
                TokenLifetime.Validate(notBefore, expires, timeProvider.GetUtcNow(), ClockSkew),
            LogValidationExceptions = false,
            ValidateTokenReplay = false,
        };

        var result = await _handler.ValidateTokenAsync(jwt, parameters).ConfigureAwait(false);
        if (!result.IsValid)
        {
            return BotTokenValidationResult.Reject(MapFailure(result.Exception));
        }

        var claims = result.ClaimsIdentity.Claims.ToList();
        if (source == BotTokenSources.Entra && !TenantMatches(claims, issuer!))
        {
            return BotTokenValidationResult.Reject(BotTokenRejectReason.TenantIssuerMismatch);
        }

        validated.Add(token, keys, claims);
        return BotTokenValidationResult.Success(BuildIdentity(claims, source, endorsements));
    }

    private bool TryRead(string token, out JsonWebToken jwt)
    {
        jwt = null!;
        if (string.IsNullOrWhiteSpace(token) || !_handler.CanReadToken(token))
        {
            return false;
        }

        try
        {
            jwt = new JsonWebToken(token);
            return !jwt.IsEncrypted;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static string? ReadIssuer(JsonWebToken jwt)
    {
        try
        {
            return jwt.TryGetPayloadValue<string>(JwtRegisteredClaimNames.Iss, out var iss) ? iss : null;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static bool TenantMatches(List<Claim> claims, string issuer)
    {
        var tid = claims.FirstOrDefault(c => c.Type == "tid")?.Value;
        return !string.IsNullOrEmpty(tid)
            && string.Equals(tid, BotIssuers.TenantOf(issuer), StringComparison.OrdinalIgnoreCase);
    }

    private static ClaimsIdentity BuildIdentity(IReadOnlyList<Claim> tokenClaims, string source, IReadOnlyList<string>? endorsements)
    {
        var identity = new ClaimsIdentity(BotAuthDefaults.Scheme);
        identity.AddClaims(tokenClaims
            .Where(c => !c.Type.StartsWith(BotClaimTypes.Prefix, StringComparison.Ordinal))
            .Select(c => new Claim(c.Type, c.Value, c.ValueType, c.Issuer)));
        identity.AddClaim(new Claim(BotClaimTypes.TokenSource, source));
        foreach (var channel in endorsements ?? [])
        {
            identity.AddClaim(new Claim(BotClaimTypes.Endorsement, channel));
        }

        var serviceUrl = tokenClaims.FirstOrDefault(c => c.Type == "serviceurl")?.Value;
        if (!string.IsNullOrEmpty(serviceUrl))
        {
            identity.AddClaim(new Claim(BotClaimTypes.ServiceUrl, serviceUrl));
        }

        var caller = tokenClaims.FirstOrDefault(c => c.Type == "azp")?.Value
            ?? tokenClaims.FirstOrDefault(c => c.Type == "appid")?.Value;
        if (source == BotTokenSources.Entra && !string.IsNullOrEmpty(caller))
        {
            identity.AddClaim(new Claim(BotClaimTypes.CallerAppId, caller));
        }

        return identity;
    }

    private static BotTokenRejectReason MapFailure(Exception? exception) => exception switch
    {
        SecurityTokenExpiredException => BotTokenRejectReason.Expired,
        SecurityTokenNotYetValidException => BotTokenRejectReason.NotYetValid,
        SecurityTokenNoExpirationException => BotTokenRejectReason.NoExpiration,
        SecurityTokenInvalidAudienceException => BotTokenRejectReason.InvalidAudience,
        SecurityTokenInvalidIssuerException => BotTokenRejectReason.InvalidIssuer,
        SecurityTokenInvalidAlgorithmException => BotTokenRejectReason.DisallowedAlgorithm,
        SecurityTokenSignatureKeyNotFoundException => BotTokenRejectReason.UnknownSigningKey,
        SecurityTokenInvalidSignatureException => BotTokenRejectReason.InvalidSignature,
        _ => BotTokenRejectReason.Invalid,
    };
}
