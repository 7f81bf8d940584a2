using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace PmgBot.Jobs.Scheduling;

/// <summary>Fails the start when the dashboard would be open to anyone but signed-in operators outside Development, or would hide a bot endpoint.</summary>
internal sealed class JobDashboardOptionsValidator(IHostEnvironment environment) : IValidateOptions<JobDashboardOptions>
{
    private static readonly string[] BotPaths = ["/api", "/healthz", "/readyz", "/letters"];

    public ValidateOptionsResult Validate(string? name, JobDashboardOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!options.Enabled)
        {
            return ValidateOptionsResult.Success;
        }

        if (BotPaths.Any(p => options.Path.Equals(p, StringComparison.OrdinalIgnoreCase)
            || options.Path.StartsWith(p + "/", StringComparison.OrdinalIgnoreCase)))
        {
            return ValidateOptionsResult.Fail($"ScheduledJobs:Dashboard:Path '{options.Path}' would take a path of the bot.");
        }

        // Outside Development an operator signs in with a scheme of their own: the bot's default scheme authenticates
        // Bot Framework channel tokens, which must never open the dashboard.
        return !environment.IsDevelopment() && (string.IsNullOrWhiteSpace(options.Role) || string.IsNullOrWhiteSpace(options.AuthenticationScheme))
            ? ValidateOptionsResult.Fail(
                "ScheduledJobs:Dashboard is on outside Development without ScheduledJobs:Dashboard:AuthenticationScheme and :Role: "
                + "the dashboard is never anonymous there.")
            : ValidateOptionsResult.Success;
    }
}
