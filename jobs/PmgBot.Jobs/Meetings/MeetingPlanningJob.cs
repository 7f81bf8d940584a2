using PmgBot.Core.Features.Meetings.Series;
using PmgBot.Jobs.Scheduling;

namespace PmgBot.Jobs.Meetings;

/// <summary>
/// Plans the JPP meetings from their series (<see cref="MeetingSeriesPlanner"/>): each run brings the stored meetings of
/// the coming weeks in line with the series as they are now, so a series changed by an import is planned within the
/// hour, the horizon moves along by itself, and a second run changes nothing.
/// </summary>
public sealed class MeetingPlanningJob(MeetingSeriesPlanner planner) : IScheduledJob
{
    public Task RunAsync(CancellationToken cancellationToken) => planner.PlanAllAsync(cancellationToken);
}
