namespace PmgBot.Core.Features.Screening;

/// <summary>
/// Data for <c>screening-queue</c>: the reports waiting for screening in the chair's JPPs. Items carry a reference, the
/// kind of subject, the date, spoed and "mogelijke match" only; details are on the screening card.
/// </summary>
public sealed record ScreeningQueueCardData(string JppNames, IReadOnlyList<ScreeningQueueItemData> Items);
