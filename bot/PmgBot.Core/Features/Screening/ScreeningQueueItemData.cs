namespace PmgBot.Core.Features.Screening;

/// <summary>One report in the screening queue. <paramref name="Reference"/> is sent as <c>{"code": …}</c> with <c>screening.open</c>.</summary>
public sealed record ScreeningQueueItemData(string Reference, string Subject, string Date, string Status, bool Urgent, bool PossibleMatch);
