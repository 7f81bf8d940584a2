namespace PmgBot.Bot.Protocol.Auth;

/// <summary>Why a bearer token was not accepted (log value; the HTTP answer is 401).</summary>
internal enum BotTokenRejectReason
{
    None = 0,
    NoAppIdConfigured,
    NotBearer,
    Malformed,
    UnknownIssuer,
    DisallowedAlgorithm,
    MissingKeyId,
    KeysUnavailable,
    UnknownSigningKey,
    KeyWithoutEndorsements,
    InvalidSignature,
    InvalidIssuer,
    InvalidAudience,
    Expired,
    NotYetValid,
    NoExpiration,
    TenantIssuerMismatch,
    Invalid,
}
