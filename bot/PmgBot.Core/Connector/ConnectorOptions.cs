using System.ComponentModel.DataAnnotations;

namespace PmgBot.Core.Connector;

/// <summary>Settings section <c>Connector</c>: outbound calls to the Bot Framework connector.</summary>
public sealed class ConnectorOptions
{
    public const string Section = "Connector";

    /// <summary>Name of the <see cref="System.Net.Http.IHttpClientFactory"/> client used for connector calls.</summary>
    public const string HttpClientName = "connector";

    public const string DefaultScope = "https://api.botframework.com/.default";

    public const string DefaultTenant = "botframework.com";

    public ConnectorCredentialType CredentialType { get; set; } = ConnectorCredentialType.None;

    /// <summary>App (client) id; defaults to <c>Bot:AppId</c>.</summary>
    public string? ClientId { get; set; }

    /// <summary>Tenant of the (single-tenant) app registration; default authority tenant <c>botframework.com</c>.</summary>
    public string? TenantId { get; set; }

    public string? ClientSecret { get; set; }

    /// <summary>Path of a PFX/PKCS#12 file with the private key (type Certificate).</summary>
    public string? CertificatePath { get; set; }

    public string? CertificatePassword { get; set; }

    /// <summary>Client id of a user-assigned managed identity; empty means system-assigned.</summary>
    public string? ManagedIdentityClientId { get; set; }

    [Required(AllowEmptyStrings = false)]
    public string Scope { get; set; } = DefaultScope;

    /// <summary>Attempts per in-process call (IConnectorClient), the first included.</summary>
    [Range(1, 20)]
    public int MaxAttempts { get; set; } = 4;

    /// <summary>Base of the exponential back-off (full jitter) when the connector gives no Retry-After.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "00:10:00")]
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Cap of the exponential back-off.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "01:00:00")]
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The longest Retry-After an in-process call waits for; a longer one is returned to the caller as RetryLater
    /// (use the outbox for such messages).
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan MaxInlineRetryAfter { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>HTTP timeout of one connector call.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Global Teams limit per app per tenant (protocol.md §5: 50 RPS; older docs said 30).</summary>
    [Range(1, 10_000)]
    public int GlobalRequestsPerSecond { get; set; } = 50;
}
