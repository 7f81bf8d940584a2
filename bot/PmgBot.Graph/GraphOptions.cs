using System.ComponentModel.DataAnnotations;

namespace PmgBot.Graph;

/// <summary>
/// Settings section <c>Graph</c>: app-only calendar bookings through Microsoft Graph. Off (the .ics fallback) unless
/// both <see cref="TenantId"/> and <see cref="ClientId"/> are set. The organizer mailbox of each JPP is not set here
/// but with the JPP's meeting series.
/// </summary>
public sealed class GraphOptions
{
    public const string Section = "Graph";

    /// <summary>Name of the <see cref="System.Net.Http.IHttpClientFactory"/> client for Graph calls.</summary>
    public const string HttpClientName = "graph";

    public const string DefaultBaseUrl = "https://graph.microsoft.com/v1.0";

    /// <summary>The municipality's Entra tenant (the JPP mailboxes live there).</summary>
    public string? TenantId { get; set; }

    /// <summary>Application (client) id of the app registration or managed identity; Exchange RBAC scopes this id.</summary>
    public string? ClientId { get; set; }

    public GraphCredentialType CredentialType { get; set; } = GraphCredentialType.ClientSecret;

    public string? ClientSecret { get; set; }

    /// <summary>Path of a PFX (PKCS#12) file with the private key (type Certificate).</summary>
    public string? CertificatePath { get; set; }

    public string? CertificatePassword { get; set; }

    /// <summary>Thumbprint of a certificate in the CurrentUser or LocalMachine "My" store (type Certificate, instead of a file).</summary>
    public string? CertificateThumbprint { get; set; }

    /// <summary>Client id of a user-assigned managed identity; empty means system-assigned.</summary>
    public string? ManagedIdentityClientId { get; set; }

    /// <summary>Graph's root with its version segment; tests point it at a fake server on 127.0.0.1.</summary>
    [Required(AllowEmptyStrings = false)]
    public string BaseUrl { get; set; } = DefaultBaseUrl;

    /// <summary>Retries of the SDK's own retry handler (429, 503, 504; Retry-After honoured). There is no other retry layer.</summary>
    [Range(0, 10)]
    public int MaxRetries { get; set; } = 3;

    /// <summary>The SDK retry handler's base delay in seconds when Graph sends no Retry-After (doubled per retry).</summary>
    [Range(0, 180)]
    public int RetryDelaySeconds { get; set; } = 3;

    /// <summary>Outlook allows 4 concurrent requests per app and mailbox; a lower number only for tests or caution.</summary>
    [Range(1, 4)]
    public int MaxConcurrentRequestsPerMailbox { get; set; } = 4;

    /// <summary>Time for one call including the SDK's retries and their waits.</summary>
    [Range(typeof(TimeSpan), "00:00:05", "00:30:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Graph is used only when the tenant and the client are both set; otherwise .ics files are written.</summary>
    public bool Enabled => !string.IsNullOrWhiteSpace(TenantId) && !string.IsNullOrWhiteSpace(ClientId);
}
