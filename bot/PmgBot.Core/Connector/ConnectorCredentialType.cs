namespace PmgBot.Core.Connector;

/// <summary>How the bot gets its token for the connector (protocol.md §3.1).</summary>
public enum ConnectorCredentialType
{
    /// <summary>No token, no Authorization header: anonymous local mode (Agents Playground, fake connector).</summary>
    None = 0,
    /// <summary>App registration with a client secret.</summary>
    ClientSecret = 1,
    /// <summary>App registration with a certificate (PFX file).</summary>
    Certificate = 2,
    /// <summary>Managed identity (user-assigned with <c>ManagedIdentityClientId</c>, else system-assigned).</summary>
    ManagedIdentity = 3,
}
