namespace PmgBot.Jobs.Scheduling;

/// <summary>The lines of <see cref="JobSchedule"/> for this host's database provider.</summary>
internal sealed record ScheduledJobList(IReadOnlyList<ScheduledJob> Jobs);
