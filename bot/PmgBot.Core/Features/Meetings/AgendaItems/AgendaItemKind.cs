namespace PmgBot.Core.Features.Meetings.AgendaItems;

/// <summary>What kind of discussion an item needs. Stored as its number; never renumber.</summary>
public enum AgendaItemKind
{
    /// <summary>Nieuw: not discussed in a JPP before.</summary>
    Nieuw = 0,

    /// <summary>Vervolg: discussed before, back for follow-up.</summary>
    Vervolg = 1,

    /// <summary>Op- of afschalen: the level changed (groen, oranje, rood) since the last discussion.</summary>
    OpAfschalen = 2,
}
