using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

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
        var request = new CertificateRequest("CN=" + kid, Rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var now = DateTimeOffset.UtcNow;
        using var certificate = request.CreateSelfSigned(now.AddDays(-1), now.AddYears(1));
        CertificateDer = certificate.RawData;
        Thumbprint = SHA1.HashData(CertificateDer);
    }

    public string Kid { get; }

    public IReadOnlyList<string>? Endorsements { get; }

    public RSA Rsa { get; }

    /// <summary>A self-signed certificate of the key, published as <c>x5c</c> like the real key documents do.</summary>
    public byte[] CertificateDer { get; }

    private byte[] Thumbprint { get; }

    /// <summary>The public JWK as published in a JWKS document (plus <c>endorsements</c> / <c>issuer</c> when given).</summary>
    public Dictionary<string, object> ToJwk(string? issuer = null)
    {
        var parameters = Rsa.ExportParameters(includePrivateParameters: false);
        var jwk = new Dictionary<string, object>
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = Kid,
            ["x5t"] = Base64UrlEncode(Thumbprint),
            ["n"] = Base64UrlEncode(parameters.Modulus!),
            ["e"] = Base64UrlEncode(parameters.Exponent!),
            ["x5c"] = new[] { Convert.ToBase64String(CertificateDer) },
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
