namespace PmgBot.Core.Features.Meetings.Bookings;

/// <summary>
/// A calendar event booked for a meeting, stored the moment the gateway confirmed it (<see cref="DatabaseBookingStore"/>),
/// so a booking run that stopped continues where it stopped, also after a restart. One row per meeting and
/// <see cref="Slot"/>: <see cref="MeetingSlot"/> for the meeting's own Teams event, else the organisation id of a window
/// event. Professionals' e-mail addresses only; nothing about a youth.
/// </summary>
public sealed class MeetingBooking
{
    /// <summary>The <see cref="Slot"/> of the meeting's own Teams-meeting event (an organisation id is never empty).</summary>
    public const string MeetingSlot = "";

    public long Id { get; set; }
    public long MeetingId { get; set; }
    public required string Slot { get; set; }
    public required string Mailbox { get; set; }
    public required string EventId { get; set; }
    public DateTime StartsAtUtc { get; set; }
    public DateTime EndsAtUtc { get; set; }

    /// <summary>The attendees' addresses as booked, one per line (Graph replaces the whole list, so the diff needs it whole).</summary>
    public required string AttendeeEmails { get; set; }

    /// <summary>What the window event's body says now; null for the meeting's own event (its body is never changed).</summary>
    public string? BodyText { get; set; }

    public string? JoinUrl { get; set; }
    public DateTime SavedAtUtc { get; set; }
}
