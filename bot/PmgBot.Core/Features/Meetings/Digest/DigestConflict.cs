using PmgBot.Core.Features.Meetings.Calendar;

namespace PmgBot.Core.Features.Meetings.Digest;

/// <summary>A core member (a professional's display name) who is not free for (part of) the meeting, and how.</summary>
public sealed record DigestConflict(string Name, BusyKind Kind);
