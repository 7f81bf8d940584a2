using System.ComponentModel.DataAnnotations;

namespace PmgBot.Core.Features.Meetings.Calendar;

/// <summary>Settings section <c>Calendar</c>: what the embedded .ics fallback needs.</summary>
public sealed class CalendarOptions
{
    public const string Section = "Calendar";

    /// <summary>Where the .ics files go; a relative path is taken from the content root.</summary>
    [Required(AllowEmptyStrings = false)]
    public string IcsFolder { get; set; } = "data/calendar";
}
