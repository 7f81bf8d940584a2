using Microsoft.Extensions.Options;

namespace PmgBot.Core.Access;

/// <summary>Fails the start when the tenant allow-list is empty or has blank entries.</summary>
internal sealed class TenantOptionsValidator : IValidateOptions<TenantOptions>
{
    public ValidateOptionsResult Validate(string? name, TenantOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.AllowedTenantIds.Count == 0)
        {
            return ValidateOptionsResult.Fail(
                $"{TenantOptions.Section}:{nameof(TenantOptions.AllowedTenantIds)} is empty: list at least one Entra tenant id that may use the bot.");
        }

        return options.AllowedTenantIds.Any(string.IsNullOrWhiteSpace)
            ? ValidateOptionsResult.Fail($"{TenantOptions.Section}:{nameof(TenantOptions.AllowedTenantIds)} contains an empty entry.")
            : ValidateOptionsResult.Success;
    }
}
