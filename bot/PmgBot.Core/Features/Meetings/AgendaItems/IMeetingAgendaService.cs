using PmgBot.Core.Directory;

namespace PmgBot.Core.Features.Meetings.AgendaItems;

/// <summary>
/// The agenda of a JPP meeting for its chair. Every method checks on the server that <c>actor</c> chairs the meeting's
/// JPP (voorzitter or procesregisseur and a member of it; otherwise the same answer as for a meeting that does not exist),
/// stores everything or nothing, and writes an audit event with codes only (never the chair's reason). Only meetings
/// still ahead change.
/// </summary>
public interface IMeetingAgendaService
{
    /// <summary>The agenda, brought up to date first when the meeting is ahead; null when unknown or not for the actor. Audited as a read.</summary>
    Task<MeetingAgenda?> GetAsync(ProfessionalProfile actor, long meetingId, CancellationToken cancellationToken);

    /// <summary>Puts a youth of the JPP (or one shared with it) on the agenda; one the chair took off earlier comes back.</summary>
    Task<AgendaActionResult> AddYouthAsync(ProfessionalProfile actor, long meetingId, string? youthCode, CancellationToken cancellationToken);

    /// <summary>Takes an item off this meeting's agenda, with a reason (required, at most <see cref="AgendaItemLimits.ReasonMaxLength"/>).</summary>
    Task<AgendaActionResult> RemoveItemAsync(ProfessionalProfile actor, long meetingId, long itemId, string? reason, CancellationToken cancellationToken);

    /// <summary>Moves an item, with its screened reports, to the JPP's next meeting, with a reason.</summary>
    Task<AgendaActionResult> MoveItemToNextMeetingAsync(ProfessionalProfile actor, long meetingId, long itemId, string? reason, CancellationToken cancellationToken);

    /// <summary>Sets an item's minutes; null goes back to the default of its kind.</summary>
    Task<AgendaActionResult> SetMinutesAsync(ProfessionalProfile actor, long meetingId, long itemId, int? minutes, CancellationToken cancellationToken);
}
