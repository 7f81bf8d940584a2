namespace PmgBot.Core.Features.Directory;

/// <summary>
/// Data for <c>network-overview</c> (beheerder / programmamanager): counts only, no names of people.
/// <paramref name="GeneratedAt"/> is already formatted for display in Europe/Amsterdam (e.g. "22-11-2026 09:15").
/// </summary>
public sealed record NetworkOverviewCardData(
    int TotalProfessionals,
    IReadOnlyList<CountRowData> Organisations,
    IReadOnlyList<CountRowData> Jpps,
    string GeneratedAt);
