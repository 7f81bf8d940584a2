namespace PmgBot.Core.Features.Meetings.Digest;

/// <summary>
/// "Herinner me later" of one chair for one meeting: the digest comes again at <see cref="RemindAtUtc"/>
/// (<see cref="DigestReminderSender"/>). Kept apart from the sent key (<see cref="MeetingDigestSent"/>), which stays the
/// once-only mark of the scheduled digest. Stored, so a restart does not forget it. <see cref="Sequence"/> counts the
/// chair's requests and makes each reminder's outbox key new; sending clears <see cref="RemindAtUtc"/> only where the
/// sequence is still the one read, so two senders send it once and a request made meanwhile is not lost.
/// </summary>
public sealed class MeetingDigestReminder
{
    public long MeetingId { get; set; }
    public required string ProfessionalId { get; set; }

    /// <summary>When the digest comes again; null once it has been sent (or was no longer wanted: the meeting began).</summary>
    public DateTime? RemindAtUtc { get; set; }

    public int Sequence { get; set; }
    public DateTime RequestedAtUtc { get; set; }
    public DateTime? SentAtUtc { get; set; }
}
