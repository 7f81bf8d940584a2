using System.Net;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;

namespace PmgBot.Jobs.Scheduling;

/// <summary>The authorization policy in front of Hangfire's dashboard (its own local-only filter is replaced by this).</summary>
public static class JobDashboardPolicy
{
    public const string Name = "JobDashboard";

    internal static AuthorizationPolicy Build(JobDashboardOptions options, bool development)
    {
        var policy = new AuthorizationPolicyBuilder();
        if (options.LocalRequestsOnly)
        {
            policy.RequireAssertion(context => context.Resource is HttpContext http && IsLocal(http.Connection));
        }

        if (!string.IsNullOrWhiteSpace(options.AuthenticationScheme))
        {
            policy.AddAuthenticationSchemes(options.AuthenticationScheme);
        }

        if (!string.IsNullOrWhiteSpace(options.Role))
        {
            policy.RequireAuthenticatedUser().RequireRole(options.Role);
        }
        else if (!development)
        {
            // Unreachable past the validator; kept so a policy without a role can never be anonymous in production.
            policy.RequireAssertion(_ => false);
        }
        else if (!options.LocalRequestsOnly)
        {
            // Development, no role, remote requests allowed: anyone who reaches the machine (an explicit choice).
            policy.RequireAssertion(_ => true);
        }

        return policy.Build();
    }

    /// <summary>As Hangfire's LocalRequestsOnlyAuthorizationFilter: loopback, or the server's own address; unknown is not local.</summary>
    internal static bool IsLocal(ConnectionInfo connection) =>
        connection.RemoteIpAddress is { } remote && (IPAddress.IsLoopback(remote) || remote.Equals(connection.LocalIpAddress));
}
