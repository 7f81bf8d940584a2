using System.Security.Claims;
using Microsoft.IdentityModel.Tokens;
using PmgBot.Bot.Protocol.Auth;

namespace PmgBot.Tests.Auth;

public sealed class ValidatedTokenCacheTests
{
    private static readonly IReadOnlyList<Claim> Claims = [new("serviceurl", "https://smba.trafficmanager.net/emea/")];

    [Fact]
    public void TryGet_SameTokenSameKeys_ReturnsTheVerifiedClaims()
    {
        var cache = new ValidatedTokenCache();
        var keys = Snapshot();
        cache.Add("token-a", keys, Claims);

        Assert.True(cache.TryGet("token-a", keys, out var claims));
        Assert.Same(Claims, claims);
    }

    [Fact]
    public void TryGet_KeysRefreshedOrRotated_IsAMiss()
    {
        var cache = new ValidatedTokenCache();
        cache.Add("token-a", Snapshot(), Claims);

        Assert.False(cache.TryGet("token-a", Snapshot(), out _));
    }

    [Theory]
    [InlineData("token-b")]
    [InlineData("token-a ")]
    [InlineData("TOKEN-A")]
    public void TryGet_AnyOtherToken_IsAMiss(string other)
    {
        var cache = new ValidatedTokenCache();
        var keys = Snapshot();
        cache.Add("token-a", keys, Claims);

        Assert.False(cache.TryGet(other, keys, out _));
    }

    private static SigningKeySnapshot Snapshot() =>
        new(new Dictionary<string, SecurityKey>(), new Dictionary<string, IReadOnlyList<string>>(), DateTimeOffset.UnixEpoch);
}
