using System.Globalization;
using PmgBot.Cards.Data;
using PmgBot.Core.Features.Actions.Decisions;
using PmgBot.Core.Time;

namespace PmgBot.Core.Features.Actions;

/// <summary>Builds the <c>decision</c> card data from the server's view, the user's last input (kept when nothing was stored) and the last result.</summary>
public static class DecisionCard
{
    /// <param name="view">The youth and meeting as stored now.</param>
    /// <param name="input">The user's input to keep (after a refusal), or null for a fresh card.</param>
    /// <param name="result">The last result (a notice, with the field messages), or null.</param>
    public static DecisionCardData Build(DecisionView view, DecisionSubmitData? input, DecisionResult? result)
    {
        ArgumentNullException.ThrowIfNull(view);
        var errors = result?.Errors ?? [];
        // A fresh card proposes the review date (accepting it costs the chair nothing); a refused card keeps what was sent.
        var fresh = view.ProposedReview?.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";
        // A card built again from a submission echoes the proposal and default it was sent with: computed afresh (after
        // midnight, a meeting planned meanwhile) they would no longer match the untouched field and rows the chair sends again.
        var proposed = input?.ProposedReview ?? fresh;
        var workingDays = new WorkingDays(view.ClosingDays);
        // Likewise every item row's due date: a chair who accepts it does not open the dropdown; a row left otherwise empty is skipped.
        var dueChoices = DueDatePicks.For(view.Today, workingDays, view.NextMeetingDate);
        var defaultDue = DueDatePicks.Default(view.Today, workingDays, view.NextMeetingDate).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (input is not null && DateOnly.TryParseExact(input.DefaultDue?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var sentDue))
        {
            defaultDue = sentDue.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            if (dueChoices.All(c => c.Value != defaultDue))
            {
                // The rows holding it must still show it as a choice.
                dueChoices = [.. dueChoices, new ChoiceData(DecisionTexts.DueAsProposed(ShownDates.WeekdayDayMonth(sentDue)), defaultDue)];
            }
        }

        DecisionInputData Input(string field, string? kept, string fresh) => new(
            input is null ? fresh : kept ?? "",
            errors.Where(e => e.Field == field).Select(e => e.Message).FirstOrDefault());

        var inputs = new DecisionInputsData(
            Input(DecisionFields.Decision, input?.Decision, ""),
            Input(DecisionFields.Level, input?.Level, ""),
            Input(DecisionFields.Reason, input?.Reason, ""),
            Input(DecisionFields.Procesregisseur, input?.Procesregisseur, view.ProcesregisseurId ?? ""),
            Input(DecisionFields.ReferralTarget, input?.ReferralTarget, ""),
            Input(DecisionFields.Casusregisseur, input?.Casusregisseur, view.CasusregisseurId ?? ""),
            Input(DecisionFields.Interventions, input?.Interventions, ""),
            Input(DecisionFields.InterventionsNote, input?.InterventionsNote, ""),
            Input(DecisionFields.NextReview, input?.NextReview, proposed));
        var kept = input?.Items;
        var slots = Enumerable.Range(1, DecisionLimits.MaxItems).Select(n => new DecisionItemSlotData(
            n,
            Input(DecisionFields.ItemOwner(n), kept?[n - 1].Owner, ""),
            Input(DecisionFields.ItemWhatPick(n), kept?[n - 1].WhatPick, ""),
            Input(DecisionFields.ItemWhat(n), kept?[n - 1].What, ""),
            Input(DecisionFields.ItemDue(n), kept?[n - 1].Due, defaultDue),
            Input(DecisionFields.ItemDueDate(n), kept?[n - 1].DueDate, ""))).ToList();

        return new DecisionCardData(
            view.Code,
            view.Version,
            view.MeetingId,
            view.YouthName,
            ShownDates.Date(view.DateOfBirth),
            view.JppName,
            ShownDates.LongDateTime(view.MeetingStartsAtUtc),
            DecisionValues.TitleOf(view.Level),
            view.Recorded is null,
            [.. DecisionValues.Kinds.Select(k => new ChoiceData(k.Title, k.Value))],
            [.. DecisionValues.Levels.Select(l => new ChoiceData(l.Title, l.Value))],
            [.. DecisionValues.Referrals.Select(r => new ChoiceData(r.Title, r.Value))],
            [.. view.Casusregisseurs.Select(Choice)],
            [.. view.Procesregisseurs.Select(Choice)],
            [.. Interventions.All.Select(i => new ChoiceData(i.Title, i.Code))],
            [.. view.Owners.Select(Choice)],
            dueChoices,
            [.. ActionPicks.All.Select(p => new ChoiceData(p.Title, p.Code))],
            proposed,
            view.ProposedReview is { } proposal && proposed == fresh ? ReviewHint(proposal) : null,
            inputs,
            slots,
            defaultDue,
            view.Recorded is { } recorded ? RecordedText(recorded) : null,
            result?.Message,
            result is null ? null : NoticeStyle(result.Outcome));
    }

    /// <summary>"Vervolg in JPP (niveau groen (JPP)), 2 actiepunten. Vastgelegd door Vera Voorzitter op dinsdag 1 december 2026 om 15:00."</summary>
    public static string RecordedText(RecordedDecision recorded)
    {
        ArgumentNullException.ThrowIfNull(recorded);
        var items = recorded.Items == 1 ? DecisionTexts.ItemsOne : DecisionTexts.ItemsMany(recorded.Items);
        return DecisionTexts.RecordedSummary(
            DecisionValues.TitleOf(recorded.Kind), DecisionValues.TitleOf(recorded.ToLevel), items, recorded.DecidedByName, ShownDates.LongDateTime(recorded.DecidedAtUtc));
    }

    private static string ReviewHint(ReviewProposal proposal) =>
        proposal.AtMeeting ? DecisionTexts.ReviewAtMeeting(proposal.Weeks) : DecisionTexts.ReviewAfterWeeks(proposal.Weeks);

    private static string NoticeStyle(DecisionOutcome outcome) => outcome switch
    {
        DecisionOutcome.Done => "good",
        DecisionOutcome.Stale or DecisionOutcome.AlreadyRecorded => "warning",
        _ => "attention",
    };

    private static ChoiceData Choice(DecisionPerson person) =>
        new(person.OrganisationName.Length == 0 ? person.DisplayName : $"{person.DisplayName} ({person.OrganisationName})", person.AadObjectId);
}
