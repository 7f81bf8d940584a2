using System.ComponentModel.DataAnnotations;

namespace PmgBot.Core.Data;

/// <summary>Settings section <c>DataProtection</c>: where the key ring of ASP.NET Core Data Protection (the letter links' tokens) is kept.</summary>
public sealed class KeyRingOptions : IValidatableObject
{
    public const string Section = "DataProtection";

    /// <summary>Keys and tokens are isolated per application name: every instance must use the same one (not its own folder's name).</summary>
    [Required]
    [RegularExpression(@"^\S.{0,99}$", ErrorMessage = "DataProtection:ApplicationName must be 1 to 100 characters and not start with a space.")]
    public string ApplicationName { get; set; } = "PmgBot";

    /// <summary>Empty (the default): the key ring is a table of the bot's database. Else a folder that every instance shares.</summary>
    public string? KeyFolder { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!string.IsNullOrWhiteSpace(KeyFolder) && !Path.IsPathFullyQualified(KeyFolder))
        {
            yield return new ValidationResult("DataProtection:KeyFolder must be an absolute path.", [nameof(KeyFolder)]);
        }
    }
}
