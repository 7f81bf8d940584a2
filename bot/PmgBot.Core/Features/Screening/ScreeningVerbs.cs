namespace PmgBot.Core.Features.Screening;

/// <summary>The card verbs of <see cref="ScreeningFlow"/>. Data carries the report's reference (PMG-2026-00042), never names.</summary>
public static class ScreeningVerbs
{
    /// <summary>Show the screening queue (menu, screening-queue, screening). Data: <c>{}</c>.</summary>
    public const string ScreeningQueue = "screening.queue";

    /// <summary>Show one report's screening card (screening-queue, screening refresh, notices). Data: <c>{"code":"PMG-2026-00042"}</c>.</summary>
    public const string OpenScreening = "screening.open";

    /// <summary>Decide on a report (screening). Data: <c>{"code","version","decision":"agenda|referral|none"}</c> + inputs <c>referralTarget</c>, <c>referralNote</c>, <c>noActionReason</c>.</summary>
    public const string ScreenReport = "screening.decide";

    /// <summary>Resolve a possible match (screening). Data: <c>{"code","version","resolution":"merge|apart"}</c>.</summary>
    public const string ResolveMatch = "screening.match";
}
