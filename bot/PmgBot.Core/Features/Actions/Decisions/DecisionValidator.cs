using System.Globalization;
using PmgBot.Core.Directory;
using PmgBot.Core.Register;

namespace PmgBot.Core.Features.Actions.Decisions;

/// <summary>
/// Checks a decision's input against the youth as stored and the people the server allows; collects a Dutch message per
/// wrong field (<see cref="Errors"/>) and returns the plan to store (meaningful only without errors).
/// </summary>
internal sealed class DecisionValidator(Youth youth, JppMeeting meeting, DateOnly today, DecisionPeople people)
{
    private readonly List<DecisionFieldError> _errors = [];

    public IReadOnlyList<DecisionFieldError> Errors => _errors;

    public DecisionPlan Validate(DecisionInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var kind = DecisionValues.KindOf(input.Decision);
        if (kind is null)
        {
            Add(DecisionFields.Decision, DecisionMessages.ChooseDecision);
        }

        var reason = Text(input.Reason, DecisionFields.Reason, DecisionLimits.ReasonMaxLength);
        var (to, referral) = Level(kind, input);
        var procesregisseur = Procesregisseur(to, input.Procesregisseur);
        var casusregisseur = Casusregisseur(kind, input.Casusregisseur);
        var interventions = InterventionCodes(input.Interventions);
        var note = Text(input.InterventionsNote, DecisionFields.InterventionsNote, DecisionLimits.InterventionsNoteMaxLength);
        var (review, reviewUntouched) = NextReview(kind, input.NextReview, input.ProposedReview);
        var items = new List<PlannedItem>();
        for (var n = 1; n <= Math.Min(input.Items.Count, DecisionLimits.MaxItems); n++)
        {
            if (Item(n, input.Items[n - 1], input.DefaultDue) is { } item)
            {
                items.Add(item);
            }
        }

        return new DecisionPlan(kind ?? DecisionKind.VervolgJpp, to, reason, referral, casusregisseur, procesregisseur, interventions, note, review, items, reviewUntouched);
    }

    private (YouthLevel To, ReferralTarget? Referral) Level(DecisionKind? kind, DecisionInput input)
    {
        var from = youth.Level;
        var home = string.Equals(youth.JppId, meeting.JppId, StringComparison.Ordinal);
        var to = from;
        ReferralTarget? referral = null;
        switch (kind)
        {
            case DecisionKind.VervolgJpp:
                // Discussed in its own JPP: a youth without a level (or closed before) is on groen from now on.
                to = home && (from is YouthLevel.Geen or YouthLevel.Afgesloten) ? YouthLevel.Groen : from;
                break;
            case DecisionKind.Opschalen:
                if (DecisionValues.LevelOf(input.Level) is { } up && (up is YouthLevel.Oranje or YouthLevel.Rood) && Rank(up) > Rank(from))
                {
                    to = up;
                }
                else
                {
                    Add(DecisionFields.Level, DecisionMessages.ChooseHigherLevel);
                }

                RequireReason(input.Reason);
                break;
            case DecisionKind.Afschalen:
                if (from is not (YouthLevel.Oranje or YouthLevel.Rood))
                {
                    Add(DecisionFields.Decision, DecisionMessages.CannotLower);
                }
                else if (DecisionValues.LevelOf(input.Level) is { } down && (down is YouthLevel.Groen or YouthLevel.Oranje) && Rank(down) < Rank(from))
                {
                    to = down;
                }
                else
                {
                    Add(DecisionFields.Level, DecisionMessages.ChooseLowerLevel);
                }

                break;
            case DecisionKind.Afsluiten:
                if (from == YouthLevel.Afgesloten)
                {
                    Add(DecisionFields.Decision, DecisionMessages.AlreadyClosed);
                }
                else
                {
                    to = YouthLevel.Afgesloten;
                }

                RequireReason(input.Reason);
                break;
            case DecisionKind.Doorverwijzen:
                referral = DecisionValues.ReferralOf(input.ReferralTarget);
                if (referral is null)
                {
                    Add(DecisionFields.ReferralTarget, DecisionMessages.ChooseReferralTarget);
                }

                break;
        }

        if (to != from && !home)
        {
            Add(DecisionFields.Decision, DecisionMessages.LevelOnlyHomeJpp);
            to = from;
        }

        return (to, referral);
    }

    /// <summary>Oranje needs a procesregisseur of the youth's JPP (staying on oranje keeps the current one); any other level has none.</summary>
    private string? Procesregisseur(YouthLevel to, string? input)
    {
        if (to != YouthLevel.Oranje)
        {
            return null;
        }

        var id = NormaliseId(input) ?? (youth.Level == YouthLevel.Oranje ? youth.ProcesregisseurId : null);
        if (id is null)
        {
            Add(DecisionFields.Procesregisseur, DecisionMessages.ChooseProcesregisseur);
            return null;
        }

        if (!string.Equals(id, youth.ProcesregisseurId, StringComparison.Ordinal) && !people.Procesregisseurs.Any(p => p.AadObjectId == id))
        {
            Add(DecisionFields.Procesregisseur, DecisionMessages.ProcesregisseurNotEligible);
            return null;
        }

        return id;
    }

    /// <summary>Confirmed (the current one) or changed to an eligible professional; closing a case may leave it as it is.</summary>
    private string? Casusregisseur(DecisionKind? kind, string? input)
    {
        var id = NormaliseId(input);
        if (id is null)
        {
            if (kind != DecisionKind.Afsluiten)
            {
                Add(DecisionFields.Casusregisseur, DecisionMessages.ChooseCasusregisseur);
            }

            return youth.CasusregisseurId;
        }

        if (!string.Equals(id, youth.CasusregisseurId, StringComparison.Ordinal) && !people.Casusregisseurs.Any(p => p.AadObjectId == id))
        {
            Add(DecisionFields.Casusregisseur, DecisionMessages.CasusregisseurNotEligible);
            return youth.CasusregisseurId;
        }

        return id;
    }

    private List<string> InterventionCodes(string? input)
    {
        var codes = (input ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(c => c.ToLowerInvariant()).Distinct(StringComparer.Ordinal).ToList();
        if (codes.Any(c => Interventions.TitleOf(c) is null))
        {
            Add(DecisionFields.Interventions, DecisionMessages.UnknownIntervention);
            return [];
        }

        return [.. Interventions.All.Select(i => i.Code).Where(codes.Contains)];
    }

    private (DateOnly? Date, bool Untouched) NextReview(DecisionKind? kind, string? input, string? proposed)
    {
        var empty = string.IsNullOrWhiteSpace(input);
        var untouched = !empty && string.Equals(input!.Trim(), proposed?.Trim(), StringComparison.Ordinal);
        if (kind == DecisionKind.Afsluiten)
        {
            // The card prefills its proposal; a chair who closes the case should not have to clear what the bot filled in.
            // A date the chair chose still gets the message.
            if (!empty && !untouched)
            {
                Add(DecisionFields.NextReview, DecisionMessages.NoReviewWhenClosed);
            }

            return (null, false);
        }

        // A referred youth has no review date unless the chair sets one: the prefilled proposal would put it back on the agenda.
        if (empty || (kind == DecisionKind.Doorverwijzen && untouched))
        {
            if (kind != DecisionKind.Doorverwijzen)
            {
                Add(DecisionFields.NextReview, DecisionMessages.ChooseNextReview);
            }

            return (null, false);
        }

        var date = Date(input, DecisionFields.NextReview);
        if (date is { } d && d <= today)
        {
            Add(DecisionFields.NextReview, DecisionMessages.ReviewAfterToday);
            return (null, false);
        }

        return (date, untouched);
    }

    private PlannedItem? Item(int n, ActionItemInput input, string? defaultDue)
    {
        if (input.IsEmpty(defaultDue))
        {
            return null;
        }

        var owner = NormaliseId(input.Owner);
        if (owner is null)
        {
            Add(DecisionFields.ItemOwner(n), DecisionMessages.ChooseOwner);
        }
        else if (!people.Owners.Any(p => p.AadObjectId == owner))
        {
            Add(DecisionFields.ItemOwner(n), DecisionMessages.OwnerNotEligible);
            owner = null;
        }

        var what = What(n, input);
        var due = Due(n, input, defaultDue);
        return owner is null || what is null || due is null ? null : new PlannedItem(owner, what, due.Value);
    }

    /// <summary>The free text when the chair typed one (typing is deliberate, a pick may be left over), else the pick's stored text.</summary>
    private string? What(int n, ActionItemInput input)
    {
        if (!string.IsNullOrWhiteSpace(input.What))
        {
            return Text(input.What, DecisionFields.ItemWhat(n), DecisionLimits.WhatMaxLength);
        }

        if (string.IsNullOrWhiteSpace(input.WhatPick))
        {
            Add(DecisionFields.ItemWhat(n), DecisionMessages.WhatRequired);
            return null;
        }

        var picked = ActionPicks.StoredTextOf(input.WhatPick);
        if (picked is null)
        {
            Add(DecisionFields.ItemWhatPick(n), DecisionMessages.UnknownPick);
        }

        return picked;
    }

    private DateOnly? Due(int n, ActionItemInput input, string? defaultDue)
    {
        var field = DecisionFields.ItemDue(n);
        var other = string.IsNullOrWhiteSpace(input.DueDate) ? null : input.DueDate;
        // The card prefills the default pick; a chair who types another date should not have to clear it first. A pick
        // the chair chose beside a different date is still ambiguous.
        var pick = string.IsNullOrWhiteSpace(input.Due) || (other is not null && input.IsDefaultDue(defaultDue)) ? null : input.Due;
        if (pick is not null && other is not null && !string.Equals(pick.Trim(), other.Trim(), StringComparison.Ordinal))
        {
            Add(field, DecisionMessages.DueTwice);
            return null;
        }

        if (pick is null && other is null)
        {
            Add(field, DecisionMessages.ChooseDue);
            return null;
        }

        var date = Date(pick ?? other, pick is null ? DecisionFields.ItemDueDate(n) : field);
        if (date is { } d && d < today)
        {
            Add(pick is null ? DecisionFields.ItemDueDate(n) : field, DecisionMessages.DateInPast);
            return null;
        }

        return date;
    }

    /// <summary>A yyyy-MM-dd date from today up to a year ahead, or null with a message.</summary>
    private DateOnly? Date(string? text, string field)
    {
        if (!DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            Add(field, DecisionMessages.DateNotReadable);
            return null;
        }

        if (date > today.AddDays(DecisionLimits.MaxDaysAhead))
        {
            Add(field, DecisionMessages.DateTooFar);
            return null;
        }

        return date;
    }

    private void RequireReason(string? reason)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            Add(DecisionFields.Reason, DecisionMessages.ReasonRequired);
        }
    }

    /// <summary>Trimmed text, null when empty; too long gives a message (and null).</summary>
    private string? Text(string? input, string field, int max)
    {
        var text = input?.Trim() ?? "";
        if (text.Length > max)
        {
            Add(field, DecisionMessages.TooLong(max, text.Length));
            return null;
        }

        return text.Length == 0 ? null : text;
    }

    private void Add(string field, string message)
    {
        if (!_errors.Any(e => e.Field == field))
        {
            _errors.Add(new DecisionFieldError(field, message));
        }
    }

    private static int Rank(YouthLevel level) => level switch
    {
        YouthLevel.Groen => 1,
        YouthLevel.Oranje => 2,
        YouthLevel.Rood => 3,
        _ => 0,
    };

    private static string? NormaliseId(string? aadObjectId) =>
        string.IsNullOrWhiteSpace(aadObjectId) ? null : DirectoryIds.NormaliseAadObjectId(aadObjectId);
}
