using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using PmgBot.Bot.Protocol.Auth;
using PmgBot.Tests.Support;

namespace PmgBot.Tests.Auth;

/// <summary>The key cache on a manual clock: 12 h automatic refresh, one forced refresh per 5 min, back-off after failure.</summary>
public sealed class OpenIdKeySourceTests : IAsyncLifetime
{
    private readonly TestClock _clock = new();
    private LocalIssuer _issuer = null!;
    private ServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        _issuer = await LocalIssuer.StartAsync();
        _services = new ServiceCollection().AddHttpClient(BotAuthDefaults.MetadataHttpClient).Services.BuildServiceProvider();
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _issuer.DisposeAsync();
    }

    [Fact]
    public async Task GetAsync_RepeatedWithinTwelveHours_FetchesOnceThenAgainAfter()
    {
        var source = Create();

        await source.GetAsync(CancellationToken.None);
        _clock.Advance(TimeSpan.FromHours(11.9));
        await source.GetAsync(CancellationToken.None);
        Assert.Equal(1, KeyFetches);

        _clock.Advance(TimeSpan.FromHours(0.2));
        await source.GetAsync(CancellationToken.None);

        Assert.Equal(2, KeyFetches);
        Assert.Equal(2, _issuer.RequestCount(LocalIssuer.BotFrameworkMetadataPath));
    }

    [Fact]
    public async Task GetAsync_Jwks_KeepsEndorsementsPerKid()
    {
        var keys = await Create().GetAsync(CancellationToken.None);

        Assert.Equal(["msteams"], keys.EndorsementsById[_issuer.KeyMsTeams.Kid]);
        Assert.Equal(["webchat"], keys.EndorsementsById[_issuer.KeyWebChat.Kid]);
        Assert.False(keys.EndorsementsById.ContainsKey(_issuer.KeyWithoutEndorsements.Kid));
        Assert.Equal(
            new[] { _issuer.KeyMsTeams.Kid, _issuer.KeyWebChat.Kid, _issuer.KeyWithoutEndorsements.Kid }.Order(),
            keys.KeysById.Keys.Order());
    }

    [Fact]
    public async Task RefreshForUnknownKeyAsync_RateLimitedToOncePerFiveMinutes()
    {
        var source = Create();
        var keys = await source.GetAsync(CancellationToken.None);

        keys = await source.RefreshForUnknownKeyAsync(keys, CancellationToken.None);
        Assert.Equal(2, KeyFetches);

        _clock.Advance(TimeSpan.FromMinutes(4));
        keys = await source.RefreshForUnknownKeyAsync(keys, CancellationToken.None);
        Assert.Equal(2, KeyFetches);

        _clock.Advance(TimeSpan.FromMinutes(1));
        await source.RefreshForUnknownKeyAsync(keys, CancellationToken.None);
        Assert.Equal(3, KeyFetches);
    }

    [Fact]
    public async Task RefreshForUnknownKeyAsync_SomeoneRefreshedMeanwhile_ReturnsNewKeysWithoutFetching()
    {
        var source = Create();
        var old = await source.GetAsync(CancellationToken.None);
        _issuer.PublishBotFrameworkKey(_issuer.KeyRotated);
        var fresh = await source.RefreshForUnknownKeyAsync(old, CancellationToken.None);

        var seenByLateCaller = await source.RefreshForUnknownKeyAsync(old, CancellationToken.None);

        Assert.Same(fresh, seenByLateCaller);
        Assert.Contains(_issuer.KeyRotated.Kid, seenByLateCaller.KeysById.Keys);
        Assert.Equal(2, KeyFetches);
    }

    [Fact]
    public async Task GetAsync_IssuerDownAtStart_FailsFastUntilBackOffThenRecovers()
    {
        var source = Create();
        _issuer.Unavailable = true;

        await Assert.ThrowsAsync<InvalidOperationException>(() => source.GetAsync(CancellationToken.None));
        await Assert.ThrowsAsync<InvalidOperationException>(() => source.GetAsync(CancellationToken.None));
        Assert.Equal(1, _issuer.RequestCount(LocalIssuer.BotFrameworkMetadataPath));

        _issuer.Unavailable = false;
        _clock.Advance(OpenIdKeySource.FailedRefreshRetryInterval);
        var keys = await source.GetAsync(CancellationToken.None);

        Assert.Contains(_issuer.KeyMsTeams.Kid, keys.KeysById.Keys);
    }

    [Fact]
    public async Task GetAsync_AutomaticRefreshFails_KeepsServingCachedKeys()
    {
        var source = Create();
        var first = await source.GetAsync(CancellationToken.None);
        _issuer.Unavailable = true;
        _clock.Advance(TimeSpan.FromHours(13));

        var stale = await source.GetAsync(CancellationToken.None);

        Assert.Same(first, stale);
    }

    [Fact]
    public async Task GetAsync_RequireHttpsWithHttpJwksUri_KeysUnavailable()
    {
        var source = Create(requireHttps: true);

        await Assert.ThrowsAsync<InvalidOperationException>(() => source.GetAsync(CancellationToken.None));
        Assert.Equal(0, KeyFetches);
    }

    private int KeyFetches => _issuer.RequestCount(LocalIssuer.BotFrameworkKeysPath);

    private OpenIdKeySource Create(bool requireHttps = false) => new(
        new Uri(_issuer.BotFrameworkMetadataUrl),
        requireHttps,
        _services.GetRequiredService<IHttpClientFactory>(),
        _clock,
        NullLogger.Instance);
}
