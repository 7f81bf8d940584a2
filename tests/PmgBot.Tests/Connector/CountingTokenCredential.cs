using Azure.Core;

namespace PmgBot.Tests.Connector;

/// <summary>A fake credential: hands out numbered tokens valid for <see cref="Lifetime"/> on the given clock.</summary>
internal sealed class CountingTokenCredential(TimeProvider clock) : TokenCredential
{
    private int _calls;

    public TimeSpan Lifetime { get; init; } = TimeSpan.FromHours(1);

    public int Calls => Volatile.Read(ref _calls);

    public List<string[]> Scopes { get; } = [];

    public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
        Issue(requestContext);

    public override async ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken)
    {
        await Task.Yield();
        return Issue(requestContext);
    }

    private AccessToken Issue(TokenRequestContext requestContext)
    {
        var n = Interlocked.Increment(ref _calls);
        lock (Scopes)
        {
            Scopes.Add(requestContext.Scopes);
        }

        return new AccessToken("token-" + n, clock.GetUtcNow() + Lifetime);
    }
}
