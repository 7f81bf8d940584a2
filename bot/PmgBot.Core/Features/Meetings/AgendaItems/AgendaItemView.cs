namespace PmgBot.Core.Features.Meetings.AgendaItems;

/// <summary>
/// One agenda item: <paramref name="Subject"/> is the youth code (<c>PMG-J-0017</c>) or, for a group or location report,
/// the report reference. <paramref name="Minutes"/> is the chair's value or the default of <paramref name="Kind"/>.
/// <paramref name="Organisations"/> are those at the table for it, each with the professionals to invite.
/// </summary>
public sealed record AgendaItemView(
    long ItemId,
    string Subject,
    long? YouthId,
    long? ReportId,
    AgendaItemKind Kind,
    AgendaItemSources Sources,
    AgendaItemStatus Status,
    int Minutes,
    bool MinutesEdited,
    string? Reason,
    long? MovedToMeetingId,
    IReadOnlyList<AgendaOrganisation> Organisations,
    int Version);
