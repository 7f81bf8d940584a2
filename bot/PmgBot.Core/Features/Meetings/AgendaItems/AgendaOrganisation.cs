namespace PmgBot.Core.Features.Meetings.AgendaItems;

/// <summary>An organisation at the table for an item, with the professionals of it to invite.</summary>
public sealed record AgendaOrganisation(string OrganisationId, string Name, IReadOnlyList<AgendaInvitee> Invitees);
