using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace PmgBot.Bot.Protocol.Auth;

/// <summary>One <see cref="OpenIdKeySource"/> (and so one key cache) per metadata URL, for the lifetime of the host.</summary>
internal sealed class OpenIdKeySources(
    IOptions<BotAuthOptions> options,
    IHttpClientFactory httpClientFactory,
    TimeProvider timeProvider,
    ILogger<OpenIdKeySource> logger)
{
    private readonly ConcurrentDictionary<string, Lazy<OpenIdKeySource>> _sources = new(StringComparer.Ordinal);

    public OpenIdKeySource For(string metadataUrl) =>
        _sources.GetOrAdd(metadataUrl, url => new Lazy<OpenIdKeySource>(() => new OpenIdKeySource(
            new Uri(url, UriKind.Absolute),
            options.Value.RequireHttpsMetadata,
            httpClientFactory,
            timeProvider,
            logger))).Value;
}
