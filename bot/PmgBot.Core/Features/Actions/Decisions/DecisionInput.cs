namespace PmgBot.Core.Features.Actions.Decisions;

/// <summary>
/// A decision as the chair entered it (untrusted; every value is checked on the server). <paramref name="Decision"/>:
/// vervolg | opschalen | afschalen | afsluiten | doorverwijzen; <paramref name="Level"/>: groen | oranje | rood;
/// <paramref name="ReferralTarget"/>: zvh-regieteam | sociaal-team | veilig-thuis | anders;
/// <paramref name="Interventions"/>: catalogue codes, comma-separated; dates yyyy-MM-dd. <paramref name="YouthVersion"/>
/// is the youth's version the card showed: a youth changed meanwhile changes nothing. <paramref name="ProposedReview"/>:
/// the review date the card proposed (prefilled) for the current level: closing or referring drops it when untouched
/// (closing instead of refusing), op- and afschalen replace it with the new level's proposal.
/// <paramref name="DefaultDue"/>: the due pick the card prefilled in every item row (yyyy-MM-dd): a row holding only that
/// is empty, and a date typed beside it wins.
/// </summary>
public sealed record DecisionInput(
    long MeetingId,
    string? YouthCode,
    int YouthVersion,
    string? Decision,
    string? Level,
    string? Reason,
    string? Procesregisseur,
    string? ReferralTarget,
    string? Casusregisseur,
    string? Interventions,
    string? InterventionsNote,
    string? NextReview,
    IReadOnlyList<ActionItemInput> Items,
    string? ProposedReview = null,
    string? DefaultDue = null);
