using PmgBot.Core.Register;

namespace PmgBot.Core.Features.Meetings.AgendaItems;

/// <summary>
/// What the agenda rules need to know of one youth: its level, when it was last discussed before the meeting (an active
/// item of an earlier meeting), its latest level change and the review date of its latest decision.
/// </summary>
internal sealed record YouthAgendaFacts(
    long YouthId,
    string Code,
    string JppId,
    YouthLevel Level,
    DateTime LevelSinceUtc,
    DateTime? LastDiscussedUtc,
    YouthLevel? LastChangeFrom,
    YouthLevel? LastChangeTo,
    DateTime? LastChangeAtUtc,
    DateOnly? NextReviewDate = null);
