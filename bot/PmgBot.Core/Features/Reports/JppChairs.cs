using PmgBot.Core.Directory;

namespace PmgBot.Core.Features.Reports;

/// <summary>
/// Who screens a JPP's reports and is alerted at once for a spoed report: its voorzitter(s) and procesregisseur(s),
/// never the reporter themselves.
/// </summary>
public static class JppChairs
{
    public const Roles ChairRoles = Roles.Voorzitter | Roles.Procesregisseur;

    public static IReadOnlyList<ProfessionalProfile> Of(IEnumerable<ProfessionalProfile> members, string reporterId)
    {
        ArgumentNullException.ThrowIfNull(members);
        return [.. members.Where(m => (m.Roles & ChairRoles) != Roles.None && !string.Equals(m.AadObjectId, reporterId, StringComparison.Ordinal))];
    }
}
