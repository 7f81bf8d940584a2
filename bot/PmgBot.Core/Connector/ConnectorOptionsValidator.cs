using Microsoft.Extensions.Options;

namespace PmgBot.Core.Connector;

/// <summary>Checks at start that the chosen credential type has what it needs.</summary>
internal sealed class ConnectorOptionsValidator : IValidateOptions<ConnectorOptions>
{
    public ValidateOptionsResult Validate(string? name, ConnectorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        switch (options.CredentialType)
        {
            case ConnectorCredentialType.None:
            case ConnectorCredentialType.ManagedIdentity:
                break;
            case ConnectorCredentialType.ClientSecret:
                RequireClientId(options, failures);
                if (string.IsNullOrWhiteSpace(options.ClientSecret))
                {
                    failures.Add("Connector:ClientSecret is required when Connector:CredentialType is ClientSecret.");
                }

                break;
            case ConnectorCredentialType.Certificate:
                RequireClientId(options, failures);
                if (string.IsNullOrWhiteSpace(options.CertificatePath))
                {
                    failures.Add("Connector:CertificatePath is required when Connector:CredentialType is Certificate.");
                }
                else if (!File.Exists(options.CertificatePath))
                {
                    failures.Add($"Connector:CertificatePath points to a file that does not exist: {options.CertificatePath}");
                }

                break;
            default:
                failures.Add($"Connector:CredentialType '{options.CredentialType}' is not supported.");
                break;
        }

        if (options.BaseDelay > options.MaxDelay)
        {
            failures.Add("Connector:BaseDelay must not exceed Connector:MaxDelay.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void RequireClientId(ConnectorOptions options, List<string> failures)
    {
        if (string.IsNullOrWhiteSpace(options.ClientId))
        {
            failures.Add($"Connector:ClientId (or Bot:AppId) is required when Connector:CredentialType is {options.CredentialType}.");
        }
    }
}
