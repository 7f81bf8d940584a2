using Microsoft.Extensions.Options;

namespace PmgBot.Graph;

/// <summary>Checks at start that Graph is either off or has everything its credential type needs.</summary>
internal sealed class GraphOptionsValidator : IValidateOptions<GraphOptions>
{
    public ValidateOptionsResult Validate(string? name, GraphOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        var hasTenant = !string.IsNullOrWhiteSpace(options.TenantId);
        var hasClient = !string.IsNullOrWhiteSpace(options.ClientId);
        if (hasTenant != hasClient)
        {
            // Half a configuration is a mistake, not a wish for the .ics fallback.
            failures.Add(hasTenant
                ? "Graph:ClientId is required when Graph:TenantId is set (set both to book in calendars, neither for .ics files)."
                : "Graph:TenantId is required when Graph:ClientId is set (set both to book in calendars, neither for .ics files).");
        }

        if (!Uri.TryCreate(options.BaseUrl, UriKind.Absolute, out var baseUrl)
            || (baseUrl.Scheme != Uri.UriSchemeHttps && !(baseUrl.Scheme == Uri.UriSchemeHttp && baseUrl.IsLoopback)))
        {
            failures.Add("Graph:BaseUrl must be an absolute https URL (http only on a loopback address), e.g. https://graph.microsoft.com/v1.0.");
        }

        if (options.Enabled)
        {
            ValidateCredential(options, failures);
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void ValidateCredential(GraphOptions options, List<string> failures)
    {
        switch (options.CredentialType)
        {
            case GraphCredentialType.ClientSecret:
                if (string.IsNullOrWhiteSpace(options.ClientSecret))
                {
                    failures.Add("Graph:ClientSecret is required when Graph:CredentialType is ClientSecret.");
                }

                break;
            case GraphCredentialType.Certificate:
                var hasPath = !string.IsNullOrWhiteSpace(options.CertificatePath);
                var hasThumbprint = !string.IsNullOrWhiteSpace(options.CertificateThumbprint);
                if (hasPath == hasThumbprint)
                {
                    failures.Add("Graph:CertificatePath or Graph:CertificateThumbprint (exactly one) is required when Graph:CredentialType is Certificate.");
                }
                else if (hasPath && !File.Exists(options.CertificatePath))
                {
                    failures.Add($"Graph:CertificatePath points to a file that does not exist: {options.CertificatePath}");
                }

                break;
            case GraphCredentialType.ManagedIdentity:
                break;
            default:
                failures.Add($"Graph:CredentialType '{options.CredentialType}' is not supported (ClientSecret, Certificate or ManagedIdentity).");
                break;
        }
    }
}
