namespace PmgBot.Core.Features.Directory;

/// <summary>A JPP the professional takes part in, with its municipality.</summary>
public sealed record JppMembershipData(string JppName, string MunicipalityName);
