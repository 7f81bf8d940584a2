namespace PmgBot.Core.Features.Meetings.Series;

/// <summary>What a planning run changed. <paramref name="OnDayOff"/> counts the planned meetings flagged for the chair.</summary>
public sealed record MeetingPlanResult(int Added, int Updated, int Removed, int OnDayOff)
{
    public static MeetingPlanResult None { get; } = new(0, 0, 0, 0);

    public bool Changed => Added + Updated + Removed > 0;

    public MeetingPlanResult Plus(MeetingPlanResult other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new(Added + other.Added, Updated + other.Updated, Removed + other.Removed, OnDayOff + other.OnDayOff);
    }
}
