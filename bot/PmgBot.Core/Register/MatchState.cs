namespace PmgBot.Core.Register;

/// <summary>How a youth report relates to the register.</summary>
public enum MatchState
{
    /// <summary>Group or location report, or not matched yet.</summary>
    None = 0,

    /// <summary>Linked to an existing youth on a sure match.</summary>
    Sure = 1,

    /// <summary>A similar youth exists (<see cref="Report.PossibleYouthId"/>); the chair decides.</summary>
    Possible = 2,

    /// <summary>The chair merged it with the possible match.</summary>
    Merged = 3,

    /// <summary>The chair kept it apart: a new youth record was made.</summary>
    KeptApart = 4,

    /// <summary>No similar youth: a new youth record was made.</summary>
    New = 5,
}
