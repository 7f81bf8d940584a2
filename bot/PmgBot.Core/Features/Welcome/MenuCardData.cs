namespace PmgBot.Core.Features.Welcome;

/// <summary>
/// Data for <c>menu</c>. <paramref name="Roles"/> are display labels (e.g. "Deelnemer JPP").
/// <paramref name="Actions"/> are the actions the user's roles allow (the flows decide); empty shows a notice.
/// <paramref name="DevRoleSwitch"/> is set only in Development.
/// </summary>
public sealed record MenuCardData(
    string OrganisationName,
    IReadOnlyList<string> Roles,
    IReadOnlyList<MenuActionData> Actions,
    DevRoleSwitchData? DevRoleSwitch = null);
