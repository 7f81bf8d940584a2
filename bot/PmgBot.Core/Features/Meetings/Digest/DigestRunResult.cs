namespace PmgBot.Core.Features.Meetings.Digest;

/// <summary>What one run of the digest job did: digests queued, digests another run had sent first, digests that could not be queued (tried again next run).</summary>
public sealed record DigestRunResult(int Sent, int AlreadySent, int NotQueued);
