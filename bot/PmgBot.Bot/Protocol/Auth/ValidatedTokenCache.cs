using System.Collections.Concurrent;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;

namespace PmgBot.Bot.Protocol.Auth;

/// <summary>
/// Remembers tokens whose signature, issuer and audience were verified, keyed by a SHA-256 of the token (the token
/// itself is not kept) and tied to the key snapshot they were verified against. Teams sends the same token with
/// every activity for about an hour, and the RSA verification is the most expensive step of a request. A hit still
/// re-checks the lifetime on every request; a new key snapshot (refresh, rotation, a key withdrawn) makes every
/// entry of the old snapshot a miss. Only successful validations are stored. Bounded.
/// </summary>
internal sealed class ValidatedTokenCache
{
    private const int MaxEntries = 10_000;
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    public bool TryGet(string token, SigningKeySnapshot keys, out IReadOnlyList<Claim> claims)
    {
        if (_entries.TryGetValue(Hash(token), out var entry) && ReferenceEquals(entry.Keys, keys))
        {
            claims = entry.Claims;
            return true;
        }

        claims = [];
        return false;
    }

    public void Add(string token, SigningKeySnapshot keys, IReadOnlyList<Claim> claims)
    {
        if (_entries.Count >= MaxEntries)
        {
            _entries.Clear();
        }

        _entries[Hash(token)] = new Entry(keys, claims);
    }

    private static string Hash(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    private sealed record Entry(SigningKeySnapshot Keys, IReadOnlyList<Claim> Claims);
}
