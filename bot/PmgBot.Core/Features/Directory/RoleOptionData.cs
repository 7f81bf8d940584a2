namespace PmgBot.Core.Features.Directory;

/// <summary>A choice: <paramref name="Title"/> shown, <paramref name="Value"/> submitted (e.g. "Casusregisseur").</summary>
public sealed record RoleOptionData(string Title, string Value);
