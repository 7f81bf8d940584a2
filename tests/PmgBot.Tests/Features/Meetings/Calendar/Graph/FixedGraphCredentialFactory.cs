using Azure.Core;
using PmgBot.Graph;

namespace PmgBot.Tests.Features.Meetings.Calendar.Graph;

/// <summary>Replaces Azure.Identity in tests: a credential that hands out <see cref="Token"/> and records the scopes asked.</summary>
internal sealed class FixedGraphCredentialFactory : IGraphCredentialFactory
{
    public const string Token = "graph-test-token";

    public List<string> Scopes { get; } = [];

    public TokenCredential Create(GraphOptions options) => new FixedCredential(this);

    private sealed class FixedCredential(FixedGraphCredentialFactory owner) : TokenCredential
    {
        public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken)
        {
            lock (owner.Scopes)
            {
                owner.Scopes.AddRange(requestContext.Scopes);
            }

            return new AccessToken(Token, DateTimeOffset.UtcNow.AddHours(1));
        }

        public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            ValueTask.FromResult(GetToken(requestContext, cancellationToken));
    }
}
