namespace PmgBot.Graph;

/// <summary>How the bot gets its app-only token for Microsoft Graph.</summary>
public enum GraphCredentialType
{
    /// <summary>App registration with a client secret.</summary>
    ClientSecret = 0,
    /// <summary>App registration with a certificate: a PFX file, or a thumbprint in the certificate store.</summary>
    Certificate = 1,
    /// <summary>Managed identity (user-assigned with <c>ManagedIdentityClientId</c>, else system-assigned).</summary>
    ManagedIdentity = 2,
}
