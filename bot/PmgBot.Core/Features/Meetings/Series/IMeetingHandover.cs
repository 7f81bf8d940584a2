using PmgBot.Core.Data;

namespace PmgBot.Core.Features.Meetings.Series;

/// <summary>
/// What the planner asks before it removes a series meeting that is no longer wanted: whatever is planned on that meeting
/// (the agenda) moves to the next meeting of the series, in the planner's unit of work. Implemented where that work
/// lives (the agenda items), so the series know none of it.
/// </summary>
public interface IMeetingHandover
{
    Task MoveAllAsync(PmgDbContext db, long fromMeetingId, long toMeetingId, CancellationToken cancellationToken);
}
