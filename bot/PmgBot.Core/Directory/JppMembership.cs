namespace PmgBot.Core.Directory;

public sealed record JppMembership(string JppId, string JppName, string MunicipalityId, string MunicipalityName);
