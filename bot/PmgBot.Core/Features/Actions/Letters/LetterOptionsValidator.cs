using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace PmgBot.Core.Features.Actions.Letters;

/// <summary>Fails the start when <see cref="LetterOptions.AuthenticationScheme"/> names a scheme the host does not have (every download would fail).</summary>
internal sealed class LetterOptionsValidator(IOptions<AuthenticationOptions> authentication) : IValidateOptions<LetterOptions>
{
    public ValidateOptionsResult Validate(string? name, LetterOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var scheme = options.AuthenticationScheme;
        return string.IsNullOrWhiteSpace(scheme) || authentication.Value.SchemeMap.ContainsKey(scheme)
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail($"Letters:AuthenticationScheme '{scheme}' is not an authentication scheme of this host; add it (e.g. Entra ID sign-in) or leave the setting empty.");
    }
}
