namespace PmgBot.Core.Features.Meetings.Series;

/// <summary>A professional with a part in a series: chair, procesregisseur or core member (always invited).</summary>
public sealed class MeetingSeriesMember
{
    public required string JppId { get; set; }
    public required string ProfessionalId { get; set; }
    public SeriesMemberRole Role { get; set; }
}
