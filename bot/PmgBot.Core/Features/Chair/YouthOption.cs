namespace PmgBot.Core.Features.Chair;

/// <summary>An organisation or JPP by id and display name.</summary>
public sealed record YouthOption(string Id, string Name);
