using System.Security.Cryptography;

namespace PmgBot.Tests.Support;

/// <summary>
/// An RSA key generated for one test run (lives as long as the test process). <see cref="Endorsements"/> null = the
/// JWK has no <c>endorsements</c> array.
/// </summary>
public sealed class LocalIssuerKey
{
    public LocalIssuerKey(string kid, IReadOnlyList<string>? endorsements)
    {
        Kid = kid;
        Endorsements = endorsements;
        Rsa = RSA.Create(2048);
    }

    public string Kid { get; }

    public IReadOnlyList<string>? Endorsements { get; }

    public RSA Rsa { get; }

    /// <summary>The public JWK as published in a JWKS document (plus <c>endorsements</c> / <c>issuer</c> when given).</summary>
    public Dictionary<string, object> ToJwk(string? issuer = null)
    {
        var parameters = Rsa.ExportParameters(includePrivateParameters: false);
        var jwk = new Dictionary<string, object>
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = Kid,
            ["n"] = Base64UrlEncode(parameters.Modulus!),
            ["e"] = Base64UrlEncode(parameters.Exponent!),
        };
        if (Endorsements is not null)
        {
            jwk["endorsements"] = Endorsements;
        }

        if (issuer is not null)
        {
            jwk["issuer"] = issuer;
        }

        return jwk;
    }

    internal static string Base64UrlEncode(byte[] bytes) => System.Buffers.Text.Base64Url.EncodeToString(bytes);
}
