namespace PmgBot.Core.Features.Actions.Decisions;

public static class DecisionLimits
{
    /// <summary>Reasons (decision, postponing, not possible) and notes, as the level history's reason column.</summary>
    public const int ReasonMaxLength = 500;

    public const int InterventionsNoteMaxLength = 1000;

    public const int WhatMaxLength = 500;

    /// <summary>Action items per decision on the card.</summary>
    public const int MaxItems = 4;

    /// <summary>Due and review dates lie at most this many days ahead.</summary>
    public const int MaxDaysAhead = 366;
}
