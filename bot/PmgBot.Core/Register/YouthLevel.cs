namespace PmgBot.Core.Register;

/// <summary>The escalation level of a youth (IJAP colours). Stored as its number; never renumber.</summary>
public enum YouthLevel
{
    /// <summary>Known to the register, not (yet) discussed in a JPP.</summary>
    Geen = 0,

    /// <summary>Green: discussed in the JPP.</summary>
    Groen = 1,

    /// <summary>Orange: Lokale Jeugd Aanpak, with a procesregisseur.</summary>
    Oranje = 2,

    /// <summary>Red: persoonsgerichte aanpak, police and OM lead.</summary>
    Rood = 3,

    /// <summary>Closed.</summary>
    Afgesloten = 4,
}
