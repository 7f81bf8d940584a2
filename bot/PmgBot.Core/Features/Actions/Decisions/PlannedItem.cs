namespace PmgBot.Core.Features.Actions.Decisions;

/// <summary>A checked action item, ready to store.</summary>
internal sealed record PlannedItem(string OwnerId, string What, DateOnly DueDate);
