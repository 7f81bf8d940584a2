namespace PmgBot.Core.Features.Actions;

/// <summary>Data for <c>jpp-actions</c> ("acties", chairs): per JPP they chair what is open, overdue and done since the last meeting. Case codes only besides what.</summary>
public sealed record JppActionsCardData(IReadOnlyList<JppActionsGroupData> Jpps);
