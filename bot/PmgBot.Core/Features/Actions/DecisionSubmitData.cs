using PmgBot.Core.Features.Actions.Decisions;

namespace PmgBot.Core.Features.Actions;

/// <summary>
/// The data of <c>decision.open</c> and <c>decision.record</c>, untrusted, read with <c>CardSubmitData.ReadAsText</c>
/// (the interventions are a multi-select: several values come joined by commas): the lookup keys (code, meeting,
/// version, the review date the card proposed, the due pick it prefilled) and the inputs by their ids
/// (<see cref="DecisionFields"/>). The service decides everything on the server. A refused card is built again from
/// this record (<c>DecisionCard.Build</c>), so the chair's input comes back as it was sent.
/// </summary>
public sealed record DecisionSubmitData(
    string? Code = null,
    int? MeetingId = null,
    int? Version = null,
    string? ProposedReview = null,
    string? DefaultDue = null,
    string? Decision = null,
    string? Level = null,
    string? Reason = null,
    string? Procesregisseur = null,
    string? ReferralTarget = null,
    string? Casusregisseur = null,
    string? Interventions = null,
    string? InterventionsNote = null,
    string? NextReview = null,
    string? Item1Owner = null,
    string? Item1WhatPick = null,
    string? Item1What = null,
    string? Item1Due = null,
    string? Item1DueDate = null,
    string? Item2Owner = null,
    string? Item2WhatPick = null,
    string? Item2What = null,
    string? Item2Due = null,
    string? Item2DueDate = null,
    string? Item3Owner = null,
    string? Item3WhatPick = null,
    string? Item3What = null,
    string? Item3Due = null,
    string? Item3DueDate = null,
    string? Item4Owner = null,
    string? Item4WhatPick = null,
    string? Item4What = null,
    string? Item4Due = null,
    string? Item4DueDate = null)
{
    public IReadOnlyList<ActionItemInput> Items =>
    [
        new(Item1Owner, Item1What, Item1Due, Item1DueDate, Item1WhatPick),
        new(Item2Owner, Item2What, Item2Due, Item2DueDate, Item2WhatPick),
        new(Item3Owner, Item3What, Item3Due, Item3DueDate, Item3WhatPick),
        new(Item4Owner, Item4What, Item4Due, Item4DueDate, Item4WhatPick),
    ];

    /// <summary>The service's input; a missing version never matches (-1), a missing meeting is none (0).</summary>
    public DecisionInput ToInput() => new(
        MeetingId ?? 0, Code, Version ?? -1, Decision, Level, Reason, Procesregisseur, ReferralTarget, Casusregisseur,
        Interventions, InterventionsNote, NextReview, Items, ProposedReview, DefaultDue);
}
