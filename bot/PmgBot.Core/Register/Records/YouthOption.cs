namespace PmgBot.Core.Register.Records;

/// <summary>An organisation or JPP by id and display name.</summary>
public sealed record YouthOption(string Id, string Name);
