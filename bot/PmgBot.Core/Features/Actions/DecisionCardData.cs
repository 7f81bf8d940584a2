using PmgBot.Cards.Data;

namespace PmgBot.Core.Features.Actions;

/// <summary>
/// Data for <c>decision</c>: the chair records the JPP's decision about one youth in one meeting (personal chat, after
/// the server's access check). The youth's name and every person's name are shown in TextRuns. <paramref name="Version"/>
/// and <paramref name="MeetingId"/> go back with <c>decision.record</c>. <paramref name="CanRecord"/> false (a decision
/// is already stored): the form is hidden and <paramref name="Recorded"/> says what was decided, by whom and when.
/// <paramref name="DueChoices"/>: the due-date quick picks (values are dates). <paramref name="WhatChoices"/>: the common
/// actions (<c>ActionPicks</c>: values are codes). <paramref name="ProposedReview"/>: the review date the card prefills
/// (yyyy-MM-dd, "" for none), sent back with <c>decision.record</c>; <paramref name="ReviewHint"/> says where it comes
/// from. <paramref name="DefaultDue"/>: the due pick every item row prefills (yyyy-MM-dd, <c>DueDatePicks.Default</c>),
/// sent back with <c>decision.record</c>; a card rebuilt after a refusal echoes both as they were sent.
/// <paramref name="NoticeStyle"/>: good, warning or attention.
/// </summary>
public sealed record DecisionCardData(
    string Code,
    int Version,
    long MeetingId,
    string YouthName,
    string DateOfBirth,
    string JppName,
    string MeetingDate,
    string LevelTitle,
    bool CanRecord,
    IReadOnlyList<ChoiceData> DecisionChoices,
    IReadOnlyList<ChoiceData> LevelChoices,
    IReadOnlyList<ChoiceData> ReferralChoices,
    IReadOnlyList<ChoiceData> CasusregisseurChoices,
    IReadOnlyList<ChoiceData> ProcesregisseurChoices,
    IReadOnlyList<ChoiceData> InterventionChoices,
    IReadOnlyList<ChoiceData> OwnerChoices,
    IReadOnlyList<ChoiceData> DueChoices,
    IReadOnlyList<ChoiceData> WhatChoices,
    string ProposedReview,
    string? ReviewHint,
    DecisionInputsData Inputs,
    IReadOnlyList<DecisionItemSlotData> Items,
    string DefaultDue,
    string? Recorded = null,
    string? Notice = null,
    string? NoticeStyle = null);
