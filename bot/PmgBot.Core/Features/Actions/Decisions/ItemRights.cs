namespace PmgBot.Core.Features.Actions.Decisions;

/// <summary>What one professional may do with one action item, decided through the access matrix.</summary>
internal sealed record ItemRights(bool MayView, bool MayChange, bool IsOwner, bool SeesYouth, bool MayReassign);
