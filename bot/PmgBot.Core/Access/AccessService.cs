using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PmgBot.Core.Audit;
using PmgBot.Core.Directory;

namespace PmgBot.Core.Access;

internal sealed class AccessService(
    IOptionsMonitor<TenantOptions> tenants,
    IProfessionalDirectory directory,
    IAuditLog audit,
    ILogger<AccessService> logger) : IAccessService
{
    public async Task<AccessDecision> GetUserAsync(string? tenantId, string? aadObjectId, CancellationToken cancellationToken)
    {
        var actor = string.IsNullOrWhiteSpace(aadObjectId) ? AuditActors.Anonymous : DirectoryIds.NormaliseAadObjectId(aadObjectId);
        var tenant = tenantId?.Trim();
        if (string.IsNullOrEmpty(tenant)
            || !tenants.CurrentValue.AllowedTenantIds.Any(t => string.Equals(t.Trim(), tenant, StringComparison.OrdinalIgnoreCase)))
        {
            return await RefuseAsync(AccessDecision.UnknownTenant, actor, AuditOutcomes.UnknownTenant, cancellationToken).ConfigureAwait(false);
        }

        if (string.IsNullOrWhiteSpace(aadObjectId))
        {
            return await RefuseAsync(AccessDecision.UnknownUser, actor, AuditOutcomes.UnknownUser, cancellationToken).ConfigureAwait(false);
        }

        var professional = await directory.FindAsync(aadObjectId, cancellationToken).ConfigureAwait(false);
        if (professional is null)
        {
            return await RefuseAsync(AccessDecision.UnknownUser, actor, AuditOutcomes.UnknownUser, cancellationToken).ConfigureAwait(false);
        }

        return professional.Active
            ? AccessDecision.Known(professional)
            : await RefuseAsync(AccessDecision.Inactive, actor, AuditOutcomes.Inactive, cancellationToken).ConfigureAwait(false);
    }

    public bool Allows(Roles roles, BotAction action) => AccessMatrix.Allows(roles, action);

    public bool Allows(Roles roles, YouthRelation relations, BotAction action) => AccessMatrix.Allows(roles, relations, action);

    private async Task<AccessDecision> RefuseAsync(AccessDecision decision, string actor, string outcome, CancellationToken cancellationToken)
    {
        AccessLog.Refused(logger, decision.Outcome);
        await audit.RecordAsync(actor, AuditActions.AccessRefused, null, null, outcome, null, cancellationToken).ConfigureAwait(false);
        return decision;
    }
}
