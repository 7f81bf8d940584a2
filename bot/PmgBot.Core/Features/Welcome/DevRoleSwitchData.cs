namespace PmgBot.Core.Features.Welcome;

/// <summary>Development-only section of the menu: the current demo role and the roles one can switch to (labels).</summary>
public sealed record DevRoleSwitchData(string CurrentRole, IReadOnlyList<string> Roles);
