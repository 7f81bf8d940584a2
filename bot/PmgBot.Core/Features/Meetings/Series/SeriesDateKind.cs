namespace PmgBot.Core.Features.Meetings.Series;

/// <summary>Stored as its number; never renumber.</summary>
public enum SeriesDateKind
{
    /// <summary>No meeting on this series date.</summary>
    Cancelled = 0,

    /// <summary>The municipality is closed (e.g. carnival in Limburg): not a working day for this JPP.</summary>
    ClosingDay = 1,
}
