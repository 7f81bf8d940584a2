namespace PmgBot.Core.Connector;

/// <summary>Bearer tokens for the connector (scope <c>https://api.botframework.com/.default</c>), cached.</summary>
public interface IConnectorTokenProvider
{
    /// <summary>The token to send, or null in anonymous mode (CredentialType None: no Authorization header).</summary>
    ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken);
}
