namespace PmgBot.Core.Features.Meetings.Digest;

/// <summary>A label and its value on the digest card (a count, a core member's conflict, an organisation's window).</summary>
public sealed record DigestFactData(string Title, string Value);
