namespace PmgBot.Core.Features.Register;

/// <summary>Data for <c>my-cases</c>: the youths the user is casusregisseur of (empty list: a friendly "none" text).</summary>
public sealed record MyCasesCardData(IReadOnlyList<MyCaseData> Cases);
