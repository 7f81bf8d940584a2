namespace PmgBot.Core.Features.Actions.Reminders;

/// <summary>
/// A chair's weekly overview that was queued (or found empty), by its sent key (<c>chair:&lt;id&gt;:week:2026-W49</c>,
/// unique): once per chair and week, also with two instances. Apart from <see cref="ReminderSent"/>, which belongs to an item.
/// </summary>
public sealed class OverviewSent
{
    public required string Key { get; set; }
    public required string ChairId { get; set; }

    /// <summary>False when the chair had nothing to report that week (no message, but not asked again).</summary>
    public bool Sent { get; set; }

    public DateTime SentAtUtc { get; set; }
}
