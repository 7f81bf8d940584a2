using System.ComponentModel.DataAnnotations;

namespace PmgBot.Jobs.Scheduling;

/// <summary>
/// Settings section <c>ScheduledJobs:Dashboard</c>: Hangfire's dashboard. Off by default; when on, behind the
/// <see cref="JobDashboardPolicy"/>: local requests only unless said otherwise, and outside Development only for an
/// operator signed in with <see cref="AuthenticationScheme"/> in <see cref="Role"/> (both required there, checked at
/// start by <see cref="JobDashboardOptionsValidator"/>).
/// </summary>
public sealed class JobDashboardOptions
{
    public const string Section = "ScheduledJobs:Dashboard";

    public bool Enabled { get; set; }

    [RegularExpression("^/[A-Za-z0-9_/-]+$", ErrorMessage = "ScheduledJobs:Dashboard:Path must be a path such as /hangfire.")]
    public string Path { get; set; } = "/hangfire";

    /// <summary>Only requests from this machine (loopback, or the server's own address).</summary>
    public bool LocalRequestsOnly { get; set; } = true;

    /// <summary>The role an operator needs; required outside Development.</summary>
    public string? Role { get; set; }

    /// <summary>
    /// The authentication scheme that signs operators in (one the deployment adds); required outside Development, where
    /// the default scheme is the bot's own (Bot Framework channel tokens). Null in Development: the default scheme.
    /// </summary>
    public string? AuthenticationScheme { get; set; }
}
