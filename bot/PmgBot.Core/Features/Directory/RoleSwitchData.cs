namespace PmgBot.Core.Features.Directory;

/// <summary>The data the <c>role-switch</c> card sends with <c>switchRole</c>: the chosen <paramref name="Role"/> (untrusted).</summary>
public sealed record RoleSwitchData(string? Role = null);
