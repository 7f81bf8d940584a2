namespace PmgBot.Core.Features.Actions;

/// <summary>What the reminder sweep reads of an open action item.</summary>
internal sealed record OpenActionItem(long Id, string OwnerId, string JppId, DateOnly DueDate);
