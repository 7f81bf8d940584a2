namespace PmgBot.Core.Features.Meetings.AgendaItems;

/// <summary>Why a professional is invited for an item.</summary>
[Flags]
public enum InviteReasons
{
    None = 0,

    /// <summary>The youth's casusregisseur.</summary>
    Casusregisseur = 1,

    /// <summary>Reported the youth (or the group or location) onto this meeting.</summary>
    Melder = 2,

    /// <summary>A JPP participant (deelnemer JPP) of the organisation in this JPP.</summary>
    JppDeelnemer = 4,
}
