using PmgBot.Core.Register;

namespace PmgBot.Core.Features.Actions.Decisions;

/// <summary>
/// What the decision card of one youth in one meeting shows, read after the access check: the youth, the meeting, the
/// choices (computed on the server; the record checks them again) and what the due-date quick picks need (today, the
/// JPP's next meeting, the municipality's closing days), and the review date to propose (<see cref="ReviewProposal"/>).
/// <see cref="Recorded"/> when a decision is already stored.
/// </summary>
public sealed record DecisionView(
    long MeetingId,
    DateTime MeetingStartsAtUtc,
    string JppId,
    string JppName,
    string Code,
    int Version,
    string YouthName,
    DateOnly DateOfBirth,
    YouthLevel Level,
    bool IsHomeJpp,
    string? CasusregisseurId,
    string? ProcesregisseurId,
    IReadOnlyList<DecisionPerson> Owners,
    IReadOnlyList<DecisionPerson> Casusregisseurs,
    IReadOnlyList<DecisionPerson> Procesregisseurs,
    DateOnly Today,
    DateOnly? NextMeetingDate,
    IReadOnlyList<DateOnly> ClosingDays,
    RecordedDecision? Recorded,
    ReviewProposal? ProposedReview = null);
