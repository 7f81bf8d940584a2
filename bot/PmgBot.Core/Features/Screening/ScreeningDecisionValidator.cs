using Microsoft.EntityFrameworkCore;
using PmgBot.Core.Data;
using PmgBot.Core.Register;

namespace PmgBot.Core.Features.Screening;

/// <summary>
/// Checks a chair's decision (<c>agenda</c>, <c>referral</c>, <c>none</c>) against the report and the inputs. Gives either
/// the card state with a Dutch message per field (nothing may be stored) or the change to apply to the report.
/// </summary>
public sealed class ScreeningDecisionValidator(PmgDbContext db)
{
    public const int MaxNoteLength = 1000;

    public async Task<(ScreeningCardState State, Action<Report>? Apply)> ValidateAsync(
        string? decision, Report report, ScreeningCardState kept, DateTime now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(kept);
        return decision switch
        {
            "agenda" => await ValidateAgendaAsync(report, kept, now, cancellationToken).ConfigureAwait(false),
            "referral" => ValidateReferral(kept),
            "none" => ValidateNoAction(kept),
            _ => (kept with { Message = ScreeningTexts.ChooseDecision }, null),
        };
    }

    private async Task<(ScreeningCardState State, Action<Report>? Apply)> ValidateAgendaAsync(Report report, ScreeningCardState kept, DateTime now, CancellationToken cancellationToken)
    {
        var jppId = report.JppId;
        var meeting = await db.JppMeetings.AsNoTracking()
            .Where(m => m.JppId == jppId && m.StartsAtUtc > now)
            .OrderBy(m => m.StartsAtUtc)
            .Select(m => (long?)m.Id)
            .FirstOrDefaultAsync(cancellationToken)
            .ConfigureAwait(false);
        if (meeting is not { } meetingId)
        {
            return (kept with { AgendaError = ScreeningTexts.NoNextJpp }, null);
        }

        return (kept, r =>
        {
            r.Status = ReportStatus.OpAgendaJpp;
            r.AgendaMeetingId = meetingId;
            r.ReferralTarget = null;
            r.ScreeningNote = null;
        });
    }

    private static (ScreeningCardState State, Action<Report>? Apply) ValidateReferral(ScreeningCardState kept)
    {
        var targetError = Enum.TryParse<ReferralTarget>(kept.ReferralTarget, ignoreCase: false, out var target)
            && Enum.IsDefined(target) && !int.TryParse(kept.ReferralTarget, out _)
            ? null
            : ScreeningTexts.ChooseReferralTarget;
        var noteError = NoteError(kept.ReferralNote, ScreeningTexts.ReferralNoteMissing);
        if (targetError is not null || noteError is not null)
        {
            return (kept with { ReferralTargetError = targetError, ReferralNoteError = noteError }, null);
        }

        var note = kept.ReferralNote.Trim();
        return (kept, r =>
        {
            r.Status = ReportStatus.Doorverwezen;
            r.ReferralTarget = target;
            r.ScreeningNote = note;
            r.AgendaMeetingId = null;
        });
    }

    private static (ScreeningCardState State, Action<Report>? Apply) ValidateNoAction(ScreeningCardState kept)
    {
        var error = NoteError(kept.NoActionReason, ScreeningTexts.NoActionReasonMissing);
        if (error is not null)
        {
            return (kept with { NoActionReasonError = error }, null);
        }

        var reason = kept.NoActionReason.Trim();
        return (kept, r =>
        {
            r.Status = ReportStatus.GeenActie;
            r.ScreeningNote = reason;
            r.ReferralTarget = null;
            r.AgendaMeetingId = null;
        });
    }

    private static string? NoteError(string value, string missing) =>
        string.IsNullOrWhiteSpace(value) ? missing
        : value.Trim().Length > MaxNoteLength ? ScreeningTexts.NoteTooLong(value.Trim().Length, MaxNoteLength)
        : null;
}
