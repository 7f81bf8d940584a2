namespace PmgBot.Core.Features.Meetings.Series.Import;

/// <summary>The series' own review periods per level, in weeks; a missing one uses the setting.</summary>
internal sealed class ReviewWeeksRow
{
    public int? Groen { get; set; }
    public int? Oranje { get; set; }
    public int? Rood { get; set; }
}
