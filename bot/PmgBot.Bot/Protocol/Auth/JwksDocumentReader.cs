using System.Text.Json;
using Microsoft.IdentityModel.Tokens;

namespace PmgBot.Bot.Protocol.Auth;

/// <summary>Turns a raw JWKS JSON document into a <see cref="SigningKeySnapshot"/>.</summary>
internal static class JwksDocumentReader
{
    public static SigningKeySnapshot Read(string json, DateTimeOffset fetchedAt)
    {
        var keys = new Dictionary<string, SecurityKey>(StringComparer.Ordinal);
        foreach (var key in new JsonWebKeySet(json).GetSigningKeys())
        {
            if (!string.IsNullOrEmpty(key.KeyId))
            {
                keys.TryAdd(key.KeyId, key);
            }
        }

        var endorsements = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        using var document = JsonDocument.Parse(json);
        if (document.RootElement.ValueKind == JsonValueKind.Object
            && document.RootElement.TryGetProperty("keys", out var keyArray)
            && keyArray.ValueKind == JsonValueKind.Array)
        {
            foreach (var jwk in keyArray.EnumerateArray())
            {
                if (jwk.ValueKind == JsonValueKind.Object
                    && jwk.TryGetProperty("kid", out var kid) && kid.ValueKind == JsonValueKind.String
                    && jwk.TryGetProperty("endorsements", out var list) && list.ValueKind == JsonValueKind.Array)
                {
                    var channels = list.EnumerateArray()
                        .Where(e => e.ValueKind == JsonValueKind.String)
                        .Select(e => e.GetString()!)
                        .ToArray();
                    endorsements.TryAdd(kid.GetString()!, channels);
                }
            }
        }

        return new SigningKeySnapshot(keys, endorsements, fetchedAt);
    }
}
