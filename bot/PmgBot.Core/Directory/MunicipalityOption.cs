namespace PmgBot.Core.Directory;

/// <summary>A municipality of the region as a choice on a card, with the JPP that serves it (null when none yet).</summary>
public sealed record MunicipalityOption(string Id, string Name, string? JppId);
