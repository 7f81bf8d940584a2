using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace PmgBot.Bot.Protocol.Auth;

/// <summary>
/// Cached signing keys (and endorsements) of one OpenID metadata URL. Fetches metadata, then the raw JWKS at its
/// <c>jwks_uri</c>, with the named metadata client. Refreshes automatically after 12 h, and on demand when a token
/// names an unknown <c>kid</c> — but at most once per <see cref="MinimumForcedRefreshInterval"/>, so garbage tokens
/// cannot hammer the issuer. A failed refresh keeps the previous keys (stale keys beat no keys).
/// </summary>
/// <remarks>
/// Not Microsoft.IdentityModel's ConfigurationManager: since 8.x its RequestRefresh refreshes on a background task,
/// so "refresh, then retry once" would retry against the old keys; it also does not read endorsements.
/// </remarks>
internal sealed class OpenIdKeySource(
    Uri metadataUrl,
    bool requireHttps,
    IHttpClientFactory httpClientFactory,
    TimeProvider timeProvider,
    ILogger logger)
{
    public static readonly TimeSpan AutomaticRefreshInterval = TimeSpan.FromHours(12);
    public static readonly TimeSpan MinimumForcedRefreshInterval = TimeSpan.FromMinutes(5);
    public static readonly TimeSpan FailedRefreshRetryInterval = TimeSpan.FromSeconds(30);

    private readonly SemaphoreSlim _gate = new(1, 1);
    private SigningKeySnapshot? _snapshot;
    private long _nextRefreshUtcTicks; // read without the gate: a long, so no torn reads
    private DateTimeOffset? _lastForcedRefresh;

    public Uri MetadataUrl => metadataUrl;

    /// <summary>The current keys; fetched first time and after the automatic interval. Throws when none were ever fetched.</summary>
    public async Task<SigningKeySnapshot> GetAsync(CancellationToken cancellationToken)
    {
        var snapshot = Volatile.Read(ref _snapshot);
        if (snapshot is not null && timeProvider.GetUtcNow().UtcTicks < Volatile.Read(ref _nextRefreshUtcTicks))
        {
            return snapshot;
        }

        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var now = timeProvider.GetUtcNow();
            var due = now.UtcTicks >= Volatile.Read(ref _nextRefreshUtcTicks);
            if (_snapshot is not null && !due)
            {
                return _snapshot;
            }

            if (_snapshot is null && !due)
            {
                throw new InvalidOperationException("Signing keys are unavailable; the last fetch failed recently.");
            }

            return await RefreshLockedAsync(now).ConfigureAwait(false)
                ?? _snapshot
                ?? throw new InvalidOperationException("Signing keys could not be fetched.");
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// Called when <paramref name="seen"/> lacks a token's <c>kid</c>: refreshes once unless another caller already
    /// refreshed since, or a forced refresh happened within <see cref="MinimumForcedRefreshInterval"/>.
    /// Returns the keys to retry with (possibly unchanged).
    /// </summary>
    public async Task<SigningKeySnapshot> RefreshForUnknownKeyAsync(SigningKeySnapshot seen, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_snapshot is not null && !ReferenceEquals(_snapshot, seen))
            {
                return _snapshot;
            }

            var now = timeProvider.GetUtcNow();
            if (_lastForcedRefresh is { } last && now - last < MinimumForcedRefreshInterval)
            {
                BotAuthLog.ForcedRefreshSkipped(logger, metadataUrl);
                return seen;
            }

            _lastForcedRefresh = now;
            return await RefreshLockedAsync(now).ConfigureAwait(false) ?? seen;
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<SigningKeySnapshot?> RefreshLockedAsync(DateTimeOffset now)
    {
        try
        {
            // One shared fetch: not tied to the cancellation of the request that happened to trigger it.
            var client = httpClientFactory.CreateClient(BotAuthDefaults.MetadataHttpClient);
            var metadataJson = await client.GetStringAsync(metadataUrl, CancellationToken.None).ConfigureAwait(false);
            var metadata = OpenIdConnectConfiguration.Create(metadataJson);
            if (!Uri.TryCreate(metadata.JwksUri, UriKind.Absolute, out var jwksUri)
                || (jwksUri.Scheme != Uri.UriSchemeHttps && (requireHttps || jwksUri.Scheme != Uri.UriSchemeHttp)))
            {
                throw new InvalidOperationException("The metadata has no usable jwks_uri.");
            }

            var jwksJson = await client.GetStringAsync(jwksUri, CancellationToken.None).ConfigureAwait(false);
            var snapshot = JwksDocumentReader.Read(jwksJson, now);
            Volatile.Write(ref _snapshot, snapshot);
            Volatile.Write(ref _nextRefreshUtcTicks, (now + AutomaticRefreshInterval).UtcTicks);
            BotAuthLog.KeysRefreshed(logger, metadataUrl, snapshot.KeysById.Count);
            return snapshot;
        }
#pragma warning disable CA1031 // any failure of a key fetch must become "keys unavailable", never a 500
        catch (Exception ex)
#pragma warning restore CA1031
        {
            Volatile.Write(ref _nextRefreshUtcTicks, (now + FailedRefreshRetryInterval).UtcTicks);
            BotAuthLog.KeysRefreshFailed(logger, metadataUrl, ex);
            return null;
        }
    }
}
