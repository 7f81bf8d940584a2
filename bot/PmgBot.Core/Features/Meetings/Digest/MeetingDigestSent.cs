namespace PmgBot.Core.Features.Meetings.Digest;

/// <summary>
/// The sent key of a digest: one row per meeting and chair, written in the same transaction as the outbox message that
/// carries the digest (<see cref="MeetingDigestSender"/>). Its primary key makes the digest go out exactly once, also
/// when two instances (or a run and its retry) send at the same moment: the second insert waits for the first and fails.
/// </summary>
public sealed class MeetingDigestSent
{
    public long MeetingId { get; set; }
    public required string ProfessionalId { get; set; }
    public DateTime SentAtUtc { get; set; }
    public Guid OutboxMessageId { get; set; }
}
