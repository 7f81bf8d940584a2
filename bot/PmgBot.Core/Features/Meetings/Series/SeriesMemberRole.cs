namespace PmgBot.Core.Features.Meetings.Series;

/// <summary>The part a professional has in a meeting series. Stored as its number; never renumber.</summary>
public enum SeriesMemberRole
{
    Voorzitter = 0,
    Procesregisseur = 1,

    /// <summary>A core member: invited to the whole meeting, whatever is on the agenda.</summary>
    Kernlid = 2,
}
