using Microsoft.IdentityModel.Tokens;

namespace PmgBot.Bot.Protocol.Auth;

/// <summary>
/// Lifetime check on the injected clock (IdentityModel's own check reads the system clock): <c>exp</c> is required,
/// <c>nbf</c> optional, both with the given skew. Throws the IdentityModel exception for each failure.
/// </summary>
internal static class TokenLifetime
{
    public static bool Validate(DateTime? notBefore, DateTime? expires, DateTimeOffset now, TimeSpan skew)
    {
        if (expires is null)
        {
            throw new SecurityTokenNoExpirationException("The token has no expiration time.");
        }

        if (notBefore is { } nbf && nbf > expires.Value)
        {
            throw new SecurityTokenInvalidLifetimeException("The token's nbf is after its exp.");
        }

        var utcNow = now.UtcDateTime;
        if (notBefore is { } start && start > utcNow + skew)
        {
            throw new SecurityTokenNotYetValidException("The token is not yet valid.") { NotBefore = start };
        }

        if (expires.Value < utcNow - skew)
        {
            throw new SecurityTokenExpiredException("The token has expired.") { Expires = expires.Value };
        }

        return true;
    }
}
