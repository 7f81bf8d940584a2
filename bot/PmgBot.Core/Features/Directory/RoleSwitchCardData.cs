namespace PmgBot.Core.Features.Directory;

/// <summary>
/// Data for <c>role-switch</c> (Development only). <paramref name="CurrentRole"/> must be one of the
/// <see cref="RoleOptionData.Value"/>s; it is preselected. Submit: verb <c>switchRole</c>, data <c>{"role": value}</c>.
/// </summary>
public sealed record RoleSwitchCardData(string CurrentRole, IReadOnlyList<RoleOptionData> Roles);
