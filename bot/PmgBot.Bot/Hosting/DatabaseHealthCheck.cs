using Microsoft.Extensions.Diagnostics.HealthChecks;
using PmgBot.Core.Data;

namespace PmgBot.Bot.Hosting;

/// <summary><c>/readyz</c>: the database answers.</summary>
public sealed class DatabaseHealthCheck(PmgDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        await db.Database.CanConnectAsync(cancellationToken).ConfigureAwait(false)
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy("database not reachable");
}
