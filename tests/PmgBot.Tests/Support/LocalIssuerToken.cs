namespace PmgBot.Tests.Support;

/// <summary>
/// What <see cref="LocalIssuer.Mint"/> puts in a token. Null claims are left out. <see cref="Algorithm"/> may be
/// RS256/RS384/RS512 (signed with <see cref="Key"/>), HS256 (signed with <see cref="HmacSecret"/>) or <c>none</c>.
/// </summary>
public sealed record LocalIssuerToken
{
    public required LocalIssuerKey Key { get; init; }

    public string Issuer { get; init; } = LocalIssuer.BotFrameworkIssuer;

    public string? Audience { get; init; }

    public string? ServiceUrl { get; init; }

    /// <summary>Header <c>kid</c>; defaults to <see cref="Key"/>'s kid. Set to empty to leave it out.</summary>
    public string? Kid { get; init; }

    public string Algorithm { get; init; } = "RS256";

    public string HmacSecret { get; init; } = "dummy-secret-key-that-is-long-enough-for-hs256";

    public DateTimeOffset? NotBefore { get; init; }

    public DateTimeOffset? Expires { get; init; }

    public bool OmitExpires { get; init; }

    /// <summary>Further payload claims (e.g. <c>tid</c>, <c>azp</c>, <c>appid</c>, <c>ver</c>).</summary>
    public IReadOnlyDictionary<string, object>? Claims { get; init; }
}
