using System.Net;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace PmgBot.Benchmarks.Harness;

/// <summary>
/// A Bot Framework-style token issuer on 127.0.0.1 (a free port), in-process: serves OpenID metadata at
/// <c>/v1/.well-known/openidconfiguration</c> whose <c>jwks_uri</c> points at <c>/v1/.well-known/keys</c>, a JWKS with
/// one RSA key endorsed for <c>msteams</c>, and mints RS256 channel tokens (iss <c>https://api.botframework.com</c>).
/// </summary>
public sealed class LocalIssuer : IAsyncDisposable
{
    public const string BotFrameworkIssuer = "https://api.botframework.com";
    private const string MetadataPath = "/v1/.well-known/openidconfiguration";
    private const string KeysPath = "/v1/.well-known/keys";

    private readonly WebApplication _app;
    private readonly RSA _rsa;
    private readonly RsaSecurityKey _key;
    private readonly TimeProvider _time;

    private LocalIssuer(WebApplication app, RSA rsa, RsaSecurityKey key, TimeProvider time, Uri baseUrl)
    {
        _app = app;
        _rsa = rsa;
        _key = key;
        _time = time;
        MetadataUrl = new Uri(baseUrl, MetadataPath);
    }

    /// <summary>The URL to configure as the bot's Bot Framework OpenID metadata URL.</summary>
    public Uri MetadataUrl { get; }

    public static async Task<LocalIssuer> StartAsync(TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(time);
        var rsa = RSA.Create(2048);
        var key = new RsaSecurityKey(rsa) { KeyId = "pmgbot-bench-key-1" };
        var keys = KeysJson(rsa.ExportParameters(includePrivateParameters: false), key.KeyId);

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        app.MapGet(MetadataPath, (HttpRequest request) => Results.Text(MetadataJson($"{request.Scheme}://{request.Host}"), "application/json"));
        app.MapGet(KeysPath, () => Results.Text(keys, "application/json"));
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        var baseUrl = new Uri(app.Urls.First());
        return new LocalIssuer(app, rsa, key, time, baseUrl);
    }

    /// <summary>A channel token for <paramref name="appId"/> with the <c>serviceurl</c> claim, valid from a minute ago for <paramref name="lifetime"/>.</summary>
    public string MintToken(string appId, string serviceUrl, TimeSpan lifetime)
    {
        var now = _time.GetUtcNow().UtcDateTime;
        var handler = new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false };
        return handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = BotFrameworkIssuer,
            Audience = appId,
            IssuedAt = now,
            NotBefore = now.AddMinutes(-1),
            Expires = now + lifetime,
            Claims = new Dictionary<string, object> { ["serviceurl"] = serviceUrl },
            SigningCredentials = new SigningCredentials(_key, SecurityAlgorithms.RsaSha256),
        });
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
        _rsa.Dispose();
    }

    private static string MetadataJson(string baseUrl) => new JsonObject
    {
        ["issuer"] = BotFrameworkIssuer,
        ["authorization_endpoint"] = $"{baseUrl}/v1/.well-known/authorize",
        ["jwks_uri"] = $"{baseUrl}{KeysPath}",
        ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
        ["token_endpoint_auth_methods_supported"] = new JsonArray("private_key_jwt"),
    }.ToJsonString();

    private static string KeysJson(RSAParameters parameters, string keyId) => new JsonObject
    {
        ["keys"] = new JsonArray(new JsonObject
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = keyId,
            ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
            ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
            ["endorsements"] = new JsonArray("msteams"),
        }),
    }.ToJsonString();
}
