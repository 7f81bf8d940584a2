using Microsoft.IdentityModel.Tokens;

namespace PmgBot.Bot.Protocol.Auth;

/// <summary>
/// One consistent read of an issuer's keys: the signing keys by <c>kid</c> and, from the same raw JWKS document,
/// each key's <c>endorsements</c> (absent array = no entry).
/// </summary>
internal sealed record SigningKeySnapshot(
    IReadOnlyDictionary<string, SecurityKey> KeysById,
    IReadOnlyDictionary<string, IReadOnlyList<string>> EndorsementsById,
    DateTimeOffset FetchedAt);
