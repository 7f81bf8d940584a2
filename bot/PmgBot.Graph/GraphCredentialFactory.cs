using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Azure.Core;
using Azure.Identity;

namespace PmgBot.Graph;

/// <summary>Client secret, certificate (file or store thumbprint) or managed identity, for the configured tenant.</summary>
internal sealed class GraphCredentialFactory : IGraphCredentialFactory
{
    public TokenCredential Create(GraphOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.CredentialType switch
        {
            GraphCredentialType.ClientSecret => new ClientSecretCredential(options.TenantId, options.ClientId, options.ClientSecret),
            GraphCredentialType.Certificate => new ClientCertificateCredential(options.TenantId, options.ClientId, LoadCertificate(options)),
            GraphCredentialType.ManagedIdentity => string.IsNullOrWhiteSpace(options.ManagedIdentityClientId)
                ? new ManagedIdentityCredential(ManagedIdentityId.SystemAssigned)
                : new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(options.ManagedIdentityClientId)),
            _ => throw new InvalidOperationException($"Graph credential type {options.CredentialType} is not supported."),
        };
    }

    private static X509Certificate2 LoadCertificate(GraphOptions options)
    {
        if (!string.IsNullOrWhiteSpace(options.CertificatePath))
        {
            return X509CertificateLoader.LoadPkcs12FromFile(options.CertificatePath, options.CertificatePassword);
        }

        foreach (var location in new[] { StoreLocation.CurrentUser, StoreLocation.LocalMachine })
        {
            using var store = new X509Store(StoreName.My, location);
            try
            {
                store.Open(OpenFlags.ReadOnly);
            }
            catch (CryptographicException)
            {
                continue; // Linux has no LocalMachine "My" store: use Graph:CertificatePath there.
            }

            var found = store.Certificates.Find(X509FindType.FindByThumbprint, options.CertificateThumbprint!.Trim(), validOnly: false);
            if (found.Count > 0)
            {
                return found[0];
            }
        }

        throw new InvalidOperationException("Graph:CertificateThumbprint names no certificate in the CurrentUser or LocalMachine My store.");
    }
}
