namespace PmgBot.Core.Features.Actions.Letters;

/// <summary>
/// The casusregisseur's task to send a letter about a youth: the notificatiebrief, made once per youth by the first
/// recorded decision about it (<see cref="Round"/> 1, a unique key), or a complimentbrief on request (round 1, 2, …).
/// The draft is written when it is fetched; the task keeps only what was done with it: verstuurd (to whom, on which
/// day) or niet verstuurd (with the reason), who recorded it and when.
/// </summary>
public sealed class LetterTask
{
    public long Id { get; set; }
    public long YouthId { get; set; }
    public LetterKind Kind { get; set; }

    /// <summary>1 for the notificatiebrief; the complimentbrieven of a youth count up. Unique with youth and kind.</summary>
    public int Round { get; set; }

    /// <summary>The JPP the youth belonged to when the task was made.</summary>
    public required string JppId { get; set; }

    /// <summary>The meeting whose decision made the notificatiebrief; null for a complimentbrief.</summary>
    public long? MeetingId { get; set; }

    /// <summary>The casusregisseur the task was given to (the youth's current casusregisseur may act on it).</summary>
    public string? AssignedToId { get; set; }

    public LetterTaskState State { get; set; }

    /// <summary>To whom it was sent (with <see cref="LetterTaskState.Verstuurd"/>).</summary>
    public LetterAddressee? Addressee { get; set; }

    /// <summary>The day it was sent (Amsterdam), with <see cref="LetterTaskState.Verstuurd"/>.</summary>
    public DateOnly? SentOn { get; set; }

    /// <summary>Why it was not sent (required with <see cref="LetterTaskState.NietVerstuurd"/>); never logged.</summary>
    public string? Reason { get; set; }

    public string? RecordedById { get; set; }
    public DateTime? RecordedAtUtc { get; set; }

    public required string CreatedById { get; set; }
    public DateTime CreatedAtUtc { get; set; }

    /// <summary>Concurrency token: a stale card or a second click changes nothing.</summary>
    public int Version { get; set; }
}
