namespace PmgBot.Core.Features.Meetings.Digest;

/// <summary>What one run of the digest job did: digests queued, digests another run had sent first, digests that could not be queued (tried again next run).</summary>
public sealed record DigestRunResult(int Sent, int AlreadySent, int NotQueued)
{
    public static DigestRunResult None { get; } = new(0, 0, 0);

    public bool Any => Sent + AlreadySent + NotQueued > 0;

    /// <summary>Counts one send: true queued now, false another sender had it, null not queued.</summary>
    public DigestRunResult Add(bool? outcome) => outcome switch
    {
        true => this with { Sent = Sent + 1 },
        false => this with { AlreadySent = AlreadySent + 1 },
        null => this with { NotQueued = NotQueued + 1 },
    };
}
