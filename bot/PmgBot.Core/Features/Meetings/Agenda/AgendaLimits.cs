namespace PmgBot.Core.Features.Meetings.Agenda;

/// <summary>What the planner accepts. A JPP afternoon has tens of items and about twenty partner organisations.</summary>
public static class AgendaLimits
{
    public const int MaxItems = 200;
    public const int MinMinutes = 1;
    public const int MaxMinutes = 240;
    public const int MaxPartnersPerItem = 50;

    /// <summary>Distinct organisations in one agenda: one bit each in a 64-bit mask keeps the planner's inner loops to a few instructions.</summary>
    public const int MaxOrganisations = 64;

    public const int MaxIdLength = 100;

    /// <summary>Up to this many items the order is provably optimal (dynamic programming over 2^n subsets); beyond it a heuristic.</summary>
    public const int ExactItems = 18;
}
