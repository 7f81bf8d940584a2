using PmgBot.Core.Features.Meetings.Series;
using PmgBot.Core.Register;

namespace PmgBot.Core.Features.Meetings.AgendaItems;

/// <summary>The review period per level of one JPP, in weeks: the series' own, else the setting.</summary>
internal sealed record ReviewPeriods(int Groen, int Oranje, int Rood)
{
    public static ReviewPeriods For(MeetingSeries? series, MeetingOptions options) => new(
        series?.ReviewWeeksGroen ?? options.ReviewWeeksGroen,
        series?.ReviewWeeksOranje ?? options.ReviewWeeksOranje,
        series?.ReviewWeeksRood ?? options.ReviewWeeksRood);

    /// <summary>Null for geen and afgesloten: no follow-up.</summary>
    public int? WeeksFor(YouthLevel level) => level switch
    {
        YouthLevel.Groen => Groen,
        YouthLevel.Oranje => Oranje,
        YouthLevel.Rood => Rood,
        _ => null,
    };
}
