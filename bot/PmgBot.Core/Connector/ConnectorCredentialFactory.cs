using System.Security.Cryptography.X509Certificates;
using Azure.Core;
using Azure.Identity;

namespace PmgBot.Core.Connector;

/// <summary>Azure.Identity credentials per protocol.md §3.1 (single-tenant secret/certificate, managed identity).</summary>
internal sealed class ConnectorCredentialFactory : IConnectorCredentialFactory
{
    public TokenCredential? Create(ConnectorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var tenant = string.IsNullOrWhiteSpace(options.TenantId) ? ConnectorOptions.DefaultTenant : options.TenantId;
        return options.CredentialType switch
        {
            ConnectorCredentialType.None => null,
            ConnectorCredentialType.ClientSecret => new ClientSecretCredential(tenant, options.ClientId, options.ClientSecret),
            ConnectorCredentialType.Certificate => new ClientCertificateCredential(
                tenant,
                options.ClientId,
                X509CertificateLoader.LoadPkcs12FromFile(options.CertificatePath!, options.CertificatePassword)),
            ConnectorCredentialType.ManagedIdentity => string.IsNullOrWhiteSpace(options.ManagedIdentityClientId)
                ? new ManagedIdentityCredential(ManagedIdentityId.SystemAssigned)
                : new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(options.ManagedIdentityClientId)),
            _ => throw new InvalidOperationException($"Connector credential type {options.CredentialType} is not supported."),
        };
    }
}
