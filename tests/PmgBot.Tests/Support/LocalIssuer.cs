using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace PmgBot.Tests.Support;

/// <summary>
/// A local token issuer on 127.0.0.1 (Kestrel, port chosen by the OS) standing in for login.botframework.com and
/// login.microsoftonline.com: Bot Framework-style OpenID metadata + JWKS with <c>endorsements</c> per key, Entra-style
/// metadata per tenant + JWKS, request counters, and helpers that mint tokens. Keys are generated per instance.
/// </summary>
public sealed class LocalIssuer : IAsyncDisposable
{
    public const string BotFrameworkIssuer = "https://api.botframework.com";

    /// <summary>An Azure Bot Service tenant accepted without configuration (protocol.md §2.2).</summary>
    public const string BotServiceTenant = "d6d49420-f39b-4df7-a1dc-d59a935871db";

    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, int> _requests = new(StringComparer.Ordinal);
    private readonly List<LocalIssuerKey> _botFrameworkKeys = [];
    private readonly List<LocalIssuerKey> _entraKeys = [];
    private readonly Lock _gate = new();

    // RSA keys are generated once per test run (2048-bit generation is slow on a busy 2-core machine) and shared
    // by all issuer instances; each instance has its own server, counters and published key list.
    private static readonly Lazy<LocalIssuerKey> SharedKeyMsTeams = new(() => new LocalIssuerKey("bf-key-a", ["msteams"]));
    private static readonly Lazy<LocalIssuerKey> SharedKeyWebChat = new(() => new LocalIssuerKey("bf-key-b", ["webchat"]));
    private static readonly Lazy<LocalIssuerKey> SharedKeyWithoutEndorsements = new(() => new LocalIssuerKey("bf-key-c", null));
    private static readonly Lazy<LocalIssuerKey> SharedKeyNotPublished = new(() => new LocalIssuerKey("bf-key-unpublished", ["msteams"]));
    private static readonly Lazy<LocalIssuerKey> SharedKeyRotated = new(() => new LocalIssuerKey("bf-key-rotated", ["msteams"]));
    private static readonly Lazy<LocalIssuerKey> SharedEntraKey = new(() => new LocalIssuerKey("entra-key-1", null));

    private LocalIssuer(WebApplication app)
    {
        _app = app;
        _botFrameworkKeys.AddRange([KeyMsTeams, KeyWebChat, KeyWithoutEndorsements]);
        _entraKeys.Add(EntraKey);
    }

    /// <summary>Bot Framework key A, endorsed for <c>msteams</c>.</summary>
    public LocalIssuerKey KeyMsTeams => SharedKeyMsTeams.Value;

    /// <summary>Bot Framework key B, endorsed for <c>webchat</c> only.</summary>
    public LocalIssuerKey KeyWebChat => SharedKeyWebChat.Value;

    /// <summary>Bot Framework key C, published without an <c>endorsements</c> array.</summary>
    public LocalIssuerKey KeyWithoutEndorsements => SharedKeyWithoutEndorsements.Value;

    /// <summary>A key that is never published by this issuer.</summary>
    public LocalIssuerKey KeyNotPublished => SharedKeyNotPublished.Value;

    /// <summary>A key endorsed for <c>msteams</c> that is only published after <see cref="PublishBotFrameworkKey"/>.</summary>
    public LocalIssuerKey KeyRotated => SharedKeyRotated.Value;

    /// <summary>The Entra signing key.</summary>
    public LocalIssuerKey EntraKey => SharedEntraKey.Value;

    public string BaseUrl { get; private set; } = string.Empty;

    public string BotFrameworkMetadataUrl => BaseUrl + BotFrameworkMetadataPath;

    public string EntraMetadataUrl => BaseUrl + EntraMetadataPath("common");

    public const string BotFrameworkMetadataPath = "/botframework/v1/.well-known/openidconfiguration";

    public const string BotFrameworkKeysPath = "/botframework/v1/.well-known/keys";

    public static string EntraMetadataPath(string tenant) => $"/entra/{tenant}/v2.0/.well-known/openid-configuration";

    public static string EntraKeysPath(string tenant) => $"/entra/{tenant}/discovery/v2.0/keys";

    /// <summary>When true every request is answered 503 (issuer down).</summary>
    public bool Unavailable { get; set; }

    public static async Task<LocalIssuer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var issuer = new LocalIssuer(app);
        issuer.Map(app);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>()
            .Addresses.Single();
        issuer.BaseUrl = address.TrimEnd('/');
        return issuer;
    }

    /// <summary>How many requests the issuer answered for <paramref name="path"/>.</summary>
    public int RequestCount(string path) => _requests.TryGetValue(path, out var count) ? count : 0;

    /// <summary>Publishes an extra Bot Framework key (key rotation).</summary>
    public void PublishBotFrameworkKey(LocalIssuerKey key)
    {
        lock (_gate)
        {
            _botFrameworkKeys.Add(key);
        }
    }

    /// <summary>A Bot Framework channel token signed with <see cref="KeyMsTeams"/>, valid now for one hour.</summary>
    public LocalIssuerToken BotFrameworkToken(string audience, string? serviceUrl) => new()
    {
        Key = KeyMsTeams,
        Audience = audience,
        ServiceUrl = serviceUrl,
    };

    /// <summary>An Entra v2 token of <paramref name="tenant"/> signed with <see cref="EntraKey"/>.</summary>
    public LocalIssuerToken EntraToken(string audience, string tenant, string callerAppId) => new()
    {
        Key = EntraKey,
        Issuer = $"https://login.microsoftonline.com/{tenant}/v2.0",
        Audience = audience,
        Claims = new Dictionary<string, object> { ["tid"] = tenant, ["azp"] = callerAppId, ["ver"] = "2.0" },
    };

    /// <summary>Serializes and signs a token as described by <paramref name="spec"/>.</summary>
    public static string Mint(LocalIssuerToken spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var now = DateTimeOffset.UtcNow;
        var header = new Dictionary<string, object> { ["alg"] = spec.Algorithm, ["typ"] = "JWT" };
        var kid = spec.Kid ?? spec.Key.Kid;
        if (kid.Length > 0)
        {
            header["kid"] = kid;
        }

        var payload = new Dictionary<string, object> { ["iss"] = spec.Issuer, ["iat"] = now.ToUnixTimeSeconds() };
        if (spec.Audience is not null)
        {
            payload["aud"] = spec.Audience;
        }

        payload["nbf"] = (spec.NotBefore ?? now.AddMinutes(-1)).ToUnixTimeSeconds();
        if (!spec.OmitExpires)
        {
            payload["exp"] = (spec.Expires ?? now.AddHours(1)).ToUnixTimeSeconds();
        }

        if (spec.ServiceUrl is not null)
        {
            payload["serviceurl"] = spec.ServiceUrl;
        }

        foreach (var (type, value) in spec.Claims ?? new Dictionary<string, object>())
        {
            payload[type] = value;
        }

        var signingInput = Encode(header) + "." + Encode(payload);
        var signature = spec.Algorithm switch
        {
            "none" => string.Empty,
            "HS256" => LocalIssuerKey.Base64UrlEncode(
                HMACSHA256.HashData(Encoding.UTF8.GetBytes(spec.HmacSecret), Encoding.ASCII.GetBytes(signingInput))),
            "RS256" => Sign(spec.Key, signingInput, HashAlgorithmName.SHA256),
            "RS384" => Sign(spec.Key, signingInput, HashAlgorithmName.SHA384),
            "RS512" => Sign(spec.Key, signingInput, HashAlgorithmName.SHA512),
            _ => throw new ArgumentException("Unsupported algorithm " + spec.Algorithm, nameof(spec)),
        };
        return signingInput + "." + signature;
    }

    /// <summary>Replaces the payload of a signed token with <paramref name="payloadJson"/>, keeping header and signature.</summary>
    public static string Tamper(string token, Func<string, string> payloadJson)
    {
        ArgumentNullException.ThrowIfNull(token);
        ArgumentNullException.ThrowIfNull(payloadJson);
        var parts = token.Split('.');
        var json = Encoding.UTF8.GetString(System.Buffers.Text.Base64Url.DecodeFromChars(parts[1]));
        parts[1] = LocalIssuerKey.Base64UrlEncode(Encoding.UTF8.GetBytes(payloadJson(json)));
        return string.Join('.', parts);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private static string Sign(LocalIssuerKey key, string signingInput, HashAlgorithmName hash) =>
        LocalIssuerKey.Base64UrlEncode(key.Rsa.SignData(Encoding.ASCII.GetBytes(signingInput), hash, RSASignaturePadding.Pkcs1));

    private static string Encode(Dictionary<string, object> value) =>
        LocalIssuerKey.Base64UrlEncode(JsonSerializer.SerializeToUtf8Bytes(value));

    private void Map(WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            _requests.AddOrUpdate(context.Request.Path.Value ?? string.Empty, 1, (_, n) => n + 1);
            if (Unavailable)
            {
                context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                return;
            }

            await next(context);
        });

        app.MapGet(BotFrameworkMetadataPath, () => Results.Json(new Dictionary<string, object>
        {
            ["issuer"] = BotFrameworkIssuer,
            ["authorization_endpoint"] = "https://invalid.example/authorize",
            ["jwks_uri"] = BaseUrl + BotFrameworkKeysPath,
            ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
            ["token_endpoint_auth_methods_supported"] = new[] { "private_key_jwt" },
        }));
        app.MapGet(BotFrameworkKeysPath, () =>
        {
            lock (_gate)
            {
                return Results.Json(new { keys = _botFrameworkKeys.Select(k => k.ToJwk()).ToArray() });
            }
        });
        app.MapGet("/entra/{tenant}/v2.0/.well-known/openid-configuration", (string tenant) => Results.Json(
            new Dictionary<string, object>
            {
                ["issuer"] = $"https://login.microsoftonline.com/{(tenant == "common" ? "{tenantid}" : tenant)}/v2.0",
                ["jwks_uri"] = BaseUrl + EntraKeysPath(tenant),
                ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
            }));
        app.MapGet("/entra/{tenant}/discovery/v2.0/keys", (string tenant) => Results.Json(new
        {
            keys = _entraKeys.Select(k => k.ToJwk("https://login.microsoftonline.com/{tenantid}/v2.0")).ToArray(),
        }));
    }
}
