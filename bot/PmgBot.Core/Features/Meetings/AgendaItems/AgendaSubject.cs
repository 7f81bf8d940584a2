namespace PmgBot.Core.Features.Meetings.AgendaItems;

/// <summary>What an item is about: a youth, or (without a youth record) a group or location report.</summary>
internal readonly record struct AgendaSubject(long? YouthId, long? ReportId)
{
    public static AgendaSubject Of(MeetingAgendaItem item) => new(item.YouthId, item.YouthId is null ? item.ReportId : null);

    public static AgendaSubject ForYouth(long youthId) => new(youthId, null);

    public static AgendaSubject ForReport(long reportId) => new(null, reportId);
}
