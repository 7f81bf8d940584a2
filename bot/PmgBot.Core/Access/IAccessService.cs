using PmgBot.Core.Directory;

namespace PmgBot.Core.Access;

/// <summary>The one place the flows ask who a user is and what they may do.</summary>
public interface IAccessService
{
    /// <summary>
    /// Checks the tenant against the allow-list and looks the user up in the directory. A refusal (unknown tenant,
    /// unknown user, inactive) is written to the audit log with the claimed user id only; nothing else is stored.
    /// </summary>
    Task<AccessDecision> GetUserAsync(string? tenantId, string? aadObjectId, CancellationToken cancellationToken);

    /// <summary>Whether a professional with <paramref name="roles"/> may perform <paramref name="action"/> (see <see cref="AccessMatrix"/>).</summary>
    bool Allows(Roles roles, BotAction action);

    /// <summary>
    /// Whether a professional with <paramref name="roles"/> may perform <paramref name="action"/> on a case they relate to
    /// as <paramref name="relations"/> (computed on the server by <see cref="ICaseRelations"/>; see <see cref="AccessMatrix"/>).
    /// </summary>
    bool Allows(Roles roles, YouthRelation relations, BotAction action);
}
