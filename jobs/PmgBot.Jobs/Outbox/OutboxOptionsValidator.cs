using Microsoft.Extensions.Options;

namespace PmgBot.Jobs.Outbox;

/// <summary>Cross-field checks of <see cref="OutboxOptions"/> at start.</summary>
internal sealed class OutboxOptionsValidator : IValidateOptions<OutboxOptions>
{
    public ValidateOptionsResult Validate(string? name, OutboxOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.BaseBackoff > options.MaxBackoff
            ? ValidateOptionsResult.Fail("Outbox:BaseBackoff must not exceed Outbox:MaxBackoff.")
            : ValidateOptionsResult.Success;
    }
}
