using System.ComponentModel.DataAnnotations;

namespace PmgBot.Core.Features.Actions.Reminders;

/// <summary>Settings section <c>Reminders</c>. Times are Europe/Amsterdam wall-clock times.</summary>
public sealed class ReminderOptions : IValidatableObject
{
    public const string Section = "Reminders";

    /// <summary>When reminders go out on a working day (and when a held-back one goes out the next working morning).</summary>
    public TimeOnly SendAt { get; set; } = new(8, 30);

    /// <summary>Start of the quiet hours: nothing is sent from then until <see cref="QuietUntil"/> the next day.</summary>
    public TimeOnly QuietFrom { get; set; } = new(18, 0);

    public TimeOnly QuietUntil { get; set; } = new(8, 0);

    [Range(1, 10)]
    public int WorkingDaysBefore { get; set; } = 2;

    /// <summary>After this many working days overdue the chair is told (once).</summary>
    [Range(1, 30)]
    public int ChairAfterWorkingDays { get; set; } = 3;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (QuietUntil >= QuietFrom)
        {
            yield return new ValidationResult("Reminders:QuietUntil must be earlier in the day than Reminders:QuietFrom.",
                [nameof(QuietUntil), nameof(QuietFrom)]);
        }

        if (SendAt < QuietUntil || SendAt >= QuietFrom)
        {
            yield return new ValidationResult("Reminders:SendAt must lie outside the quiet hours.", [nameof(SendAt)]);
        }
    }
}
