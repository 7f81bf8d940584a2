namespace PmgBot.Core.Directory;

public sealed record JppCount(string JppId, string JppName, int ActiveMembers);
