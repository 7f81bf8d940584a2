using Azure.Core;

namespace PmgBot.Core.Connector;

/// <summary>Creates the Azure.Identity credential for the configured <see cref="ConnectorCredentialType"/>.</summary>
public interface IConnectorCredentialFactory
{
    /// <summary>The credential, or null for <see cref="ConnectorCredentialType.None"/>.</summary>
    TokenCredential? Create(ConnectorOptions options);
}
