namespace PmgBot.Jobs.Scheduling;

/// <summary>The lines of <see cref="PmgBot.Jobs.JobSchedule"/> for this host's database provider.</summary>
internal sealed record ScheduledJobList(IReadOnlyList<ScheduledJob> Jobs);
