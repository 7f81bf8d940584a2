namespace PmgBot.Core.Access;

/// <summary>
/// How a professional relates to one case (a youth, or a report's JPP for screening). Facts only, independent of
/// roles; <see cref="AccessMatrix"/> combines them with roles. A professional may have several relations at once.
/// </summary>
[Flags]
public enum YouthRelation
{
    None = 0,

    /// <summary>Member of the JPP that owns the youth (or that screens the report).</summary>
    HomeJpp = 1,

    /// <summary>Member of another JPP the youth was shared with by a recorded decision.</summary>
    SharedJpp = 2,

    /// <summary>Works for an organisation involved in this youth.</summary>
    InvolvedOrganisation = 4,

    /// <summary>Is the youth's casusregisseur.</summary>
    Casusregisseur = 8,

    /// <summary>Is the youth's procesregisseur.</summary>
    Procesregisseur = 16,

    /// <summary>Reported this youth in the last 12 months.</summary>
    RecentReporter = 32,
}
