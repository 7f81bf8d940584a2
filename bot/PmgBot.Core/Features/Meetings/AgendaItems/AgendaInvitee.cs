namespace PmgBot.Core.Features.Meetings.AgendaItems;

/// <summary>A professional to invite for an item, and why (several reasons at once).</summary>
public sealed record AgendaInvitee(string ProfessionalId, string DisplayName, string? Email, InviteReasons Reasons);
