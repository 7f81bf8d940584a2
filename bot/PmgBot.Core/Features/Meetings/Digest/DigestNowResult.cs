namespace PmgBot.Core.Features.Meetings.Digest;

/// <summary>The outcome of <c>digest nu</c> for one meeting, with what the chair's answer names: the JPP and the day.</summary>
public sealed record DigestNowResult(DigestNowOutcome Outcome, string JppName, DateTime StartsAtUtc, int Items);
