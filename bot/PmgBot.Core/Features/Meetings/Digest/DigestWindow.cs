namespace PmgBot.Core.Features.Meetings.Digest;

/// <summary>An organisation's window in the planned agenda (minutes from the start) and the number of its cases.</summary>
public sealed record DigestWindow(string OrganisationId, string Name, int StartMinute, int EndMinute, int CaseCount);
