namespace PmgBot.Core.Features.Meetings.Series.Import;

/// <summary>
/// One row of the directory file's <c>meetingSeries</c> section (JSON). Values are read as text where a wrong value
/// must give a Dutch row message rather than make the whole file unreadable (dates, times, weekday).
/// </summary>
internal sealed class MeetingSeriesRow
{
    /// <summary>Id of the JPP (stored or in the same file).</summary>
    public string? Jpp { get; set; }

    /// <summary><c>maandag</c> … <c>vrijdag</c>.</summary>
    public string? Weekday { get; set; }

    /// <summary><c>13:30</c>, Europe/Amsterdam.</summary>
    public string? StartTime { get; set; }

    public int? Minutes { get; set; }

    /// <summary>Default 2.</summary>
    public int? EveryWeeks { get; set; }

    /// <summary>One meeting date of the series (<c>2026-12-01</c> or <c>01-12-2026</c>).</summary>
    public string? AnchorDate { get; set; }

    public string? OrganizerMailbox { get; set; }

    /// <summary>Entra object ids.</summary>
    public List<string?>? Chairs { get; set; }

    /// <summary>Entra object id, optional.</summary>
    public string? Procesregisseur { get; set; }

    /// <summary>Entra object ids of the members always invited.</summary>
    public List<string?>? CoreMembers { get; set; }

    public List<string?>? CancelledDates { get; set; }

    public List<string?>? ClosingDays { get; set; }

    public ReviewWeeksRow? ReviewWeeks { get; set; }

    /// <summary>Working days before each meeting that the chair's digest goes out (1–10); optional, else the setting.</summary>
    public int? DigestWorkingDays { get; set; }
}
