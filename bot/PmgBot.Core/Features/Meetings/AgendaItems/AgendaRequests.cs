using PmgBot.Core.Features.Meetings.Agenda;

namespace PmgBot.Core.Features.Meetings.AgendaItems;

/// <summary>The agenda as the smart-agenda planner's input: each item's subject, minutes and organisations, in order of arrival.</summary>
public static class AgendaRequests
{
    public static AgendaRequest From(MeetingAgenda agenda)
    {
        ArgumentNullException.ThrowIfNull(agenda);
        return new AgendaRequest(
        [
            .. agenda.Items.Select(item => new AgendaItem(item.Subject, item.Minutes, [.. item.Organisations.Select(o => (string?)o.OrganisationId)])),
        ]);
    }
}
