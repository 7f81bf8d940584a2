using System.ComponentModel.DataAnnotations;

namespace PmgBot.Jobs.Reports;

/// <summary>Settings section <c>ReportFollowUp</c>: the job that matches and announces stored reports.</summary>
public sealed class ReportFollowUpOptions
{
    public const string Section = "ReportFollowUp";

    /// <summary>How often the job looks for due reports when nothing wakes it (reports stored by another instance, retries).</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "01:00:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long a claimed report stays with one run; after that (crash, failed step) it is taken again.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// Before each report (and each of its steps) the job waits for a moment without user requests, at most this long, so users are answered
    /// first when the bot is busy; zero turns it off.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:00:10")]
    public TimeSpan YieldToRequests { get; set; } = TimeSpan.FromMilliseconds(50);

    /// <summary>Reports claimed per run (one after the other).</summary>
    [Range(1, 1000)]
    public int BatchSize { get; set; } = 20;
}
