using System.ComponentModel.DataAnnotations;

namespace PmgBot.Core.Features.Meetings;

/// <summary>Settings section <c>Meetings</c>: how far ahead meetings are planned, the agenda's defaults and when the chair's digest goes out. Checked at start.</summary>
public sealed class MeetingOptions : IValidatableObject
{
    public const string Section = "Meetings";

    /// <summary>Meetings are planned from today up to this many weeks ahead.</summary>
    [Range(1, 52)]
    public int PlanWeeksAhead { get; set; } = 8;

    /// <summary>Weeks after its last discussion before a youth on groen comes back for follow-up (a series may set its own).</summary>
    [Range(1, 52)]
    public int ReviewWeeksGroen { get; set; } = 6;

    /// <summary>As <see cref="ReviewWeeksGroen"/>, for oranje (Lokale Jeugd Aanpak: followed more closely).</summary>
    [Range(1, 52)]
    public int ReviewWeeksOranje { get; set; } = 4;

    /// <summary>As <see cref="ReviewWeeksGroen"/>, for rood (police and OM lead; the JPP keeps an eye on it).</summary>
    [Range(1, 52)]
    public int ReviewWeeksRood { get; set; } = 8;

    /// <summary>Default minutes of a new youth (editable per item by the chair).</summary>
    [Range(1, 240)]
    public int MinutesNieuw { get; set; } = 10;

    /// <summary>Default minutes of a follow-up.</summary>
    [Range(1, 240)]
    public int MinutesVervolg { get; set; } = 5;

    /// <summary>Default minutes of an escalation or de-escalation.</summary>
    [Range(1, 240)]
    public int MinutesOpAfschalen { get; set; } = 15;

    /// <summary>The chair's digest goes out this many working days before the meeting, at 09:00 in Amsterdam.</summary>
    [Range(1, 10)]
    public int DigestWorkingDays { get; set; } = 2;

    /// <summary>Per JPP id, its own <see cref="DigestWorkingDays"/> (1–10).</summary>
    public Dictionary<string, int> DigestWorkingDaysByJpp { get; set; } = new(StringComparer.Ordinal);

    /// <summary>
    /// "Herinner me later" brings the digest back the next working morning at 09:00; when the meeting comes before that,
    /// after this many hours instead.
    /// </summary>
    [Range(1, 24)]
    public int DigestRemindHours { get; set; } = 3;

    /// <summary>The digest's working days for one JPP: its own setting, else <see cref="DigestWorkingDays"/>.</summary>
    public int DigestWorkingDaysFor(string jppId) => DigestWorkingDaysByJpp.TryGetValue(jppId, out var days) ? days : DigestWorkingDays;

    /// <summary>
    /// The digest's working days for one JPP with its series: the series' own number (directory import,
    /// <c>digestWorkingDays</c>) when it has one, else <see cref="DigestWorkingDaysFor(string)"/>.
    /// </summary>
    public int DigestWorkingDaysFor(string jppId, int? seriesDays) => seriesDays ?? DigestWorkingDaysFor(jppId);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        DigestWorkingDaysByJpp
            .Where(p => p.Value is < 1 or > 10)
            .Select(p => new ValidationResult(
                $"Meetings:DigestWorkingDaysByJpp:{p.Key} must be 1 to 10 working days.", [nameof(DigestWorkingDaysByJpp)]));
}
