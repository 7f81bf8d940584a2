using Microsoft.Extensions.Diagnostics.HealthChecks;
using PmgBot.Core.Data;
using PmgBot.Core.Inbox;

namespace PmgBot.Bot.Hosting;

/// <summary><c>/readyz</c>: the database answers and the inbox could store the last turns it was given.</summary>
public sealed class DatabaseHealthCheck(PmgDbContext db, IInbox inbox) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        bool reachable;
        try
        {
            reachable = await db.Database.CanConnectAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (DatabaseOutage.Is(ex))
        {
            reachable = false;
        }

        if (!reachable)
        {
            return HealthCheckResult.Unhealthy("database not reachable; new turns are refused with 503");
        }

        return inbox.IsWritable
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy("the inbox could not store turns; new turns are refused with 503");
    }
}
