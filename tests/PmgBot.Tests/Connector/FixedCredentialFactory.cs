using Azure.Core;
using PmgBot.Core.Connector;

namespace PmgBot.Tests.Connector;

internal sealed class FixedCredentialFactory(TokenCredential? credential) : IConnectorCredentialFactory
{
    public TokenCredential? Create(ConnectorOptions options) => credential;
}
