namespace PmgBot.Core.Features.Meetings.Series;

/// <summary>A date that changes the series: a cancelled meeting date or a closing day of the municipality.</summary>
public sealed class MeetingSeriesDate
{
    public required string JppId { get; set; }
    public DateOnly Date { get; set; }
    public SeriesDateKind Kind { get; set; }
}
