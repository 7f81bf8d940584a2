using PmgBot.Core.Connector;

namespace PmgBot.Tests.Connector;

internal sealed class FixedTokenProvider(string? token) : IConnectorTokenProvider
{
    public ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken) => ValueTask.FromResult(token);
}
