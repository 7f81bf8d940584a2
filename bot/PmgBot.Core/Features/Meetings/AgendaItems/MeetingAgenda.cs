namespace PmgBot.Core.Features.Meetings.AgendaItems;

/// <summary>
/// The agenda of one meeting as the chair sees it: <paramref name="Items"/> in order of arrival (the planner orders them:
/// <see cref="AgendaRequests.From"/>), and <paramref name="SetAside"/> the items the chair removed or moved, with the reason.
/// Codes only (youth code, report reference): names are for cards that check access themselves.
/// </summary>
public sealed record MeetingAgenda(
    long MeetingId,
    string JppId,
    DateTime StartsAtUtc,
    DateTime? EndsAtUtc,
    bool OnDayOff,
    DateTime? ProposedStartsAtUtc,
    IReadOnlyList<AgendaItemView> Items,
    IReadOnlyList<AgendaItemView> SetAside);
