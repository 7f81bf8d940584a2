namespace PmgBot.Core.Features.Meetings.Digest;

/// <summary>An agenda item on the digest card: start time, code, "kind · level · minutes", the organisations at the table.</summary>
public sealed record DigestItemData(string Time, string Subject, string Detail, string Organisations);
