using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using PmgBot.Cards;
using PmgBot.Core.Access;
using PmgBot.Core.Audit;
using PmgBot.Core.Data;
using PmgBot.Core.Directory;
using PmgBot.Core.Protocol;
using PmgBot.Core.Register;
using PmgBot.Core.Turns;

namespace PmgBot.Core.Features.Screening;

/// <summary>
/// Screening for the chairs (voorzitter, procesregisseur) of a JPP: <c>screening</c> lists the reports of their JPPs that
/// wait for a decision; per report a card with the content, the match to the register and the decisions (op agenda
/// volgende JPP, doorverwijzen, geen actie) and, for a possible match, samenvoegen / apart houden. Every step checks on
/// the server that the user chairs the report's JPP (<see cref="IAccessService"/>); the report version on the card is the
/// optimistic concurrency token, so a second click (or a second chair) changes nothing and gets the current card.
/// </summary>
public sealed class ScreeningFlow(
    PmgDbContext db,
    IAccessService access,
    ICaseRelations relations,
    ICardRenderer cards,
    ScreeningCardBuilder builder,
    ScreeningDecisionValidator validator,
    ReporterStatusNotifier statusNotifier,
    MatchNoticeSender matchNotices,
    YouthRecordFactory youths,
    IAuditLog audit,
    TimeProvider time,
    ILogger<ScreeningFlow> logger)
{
    /// <summary>The queue card shows at most this many reports (spoed first, then oldest first).</summary>
    public const int MaxQueueItems = 50;

    public static string UnknownReport => ScreeningTexts.UnknownReportText;

    public static string OtherJpp => ScreeningTexts.OtherJppText;

    public static string StaleMessage => ScreeningTexts.StaleText;

    public static string ResolveMatchFirst => ScreeningTexts.ResolveMatchFirstText;

    public static string MatchPending => ScreeningTexts.MatchPendingText;

    public async Task ShowQueueAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (await NotAllowed.AllowedUserAsync(access, turn, BotAction.ViewScreeningQueue, cancellationToken).ConfigureAwait(false) is not { } user)
        {
            return;
        }

        var jppIds = user.Jpps.Select(j => j.JppId).ToList();
        var reports = await db.Reports.AsNoTracking()
            .Where(r => jppIds.Contains(r.JppId) && (r.Status == ReportStatus.Ontvangen || r.Status == ReportStatus.InScreening))
            .OrderByDescending(r => r.Urgency)
            .ThenBy(r => r.CreatedAtUtc)
            .Take(MaxQueueItems)
            .Select(r => new { r.Reference, r.Subject, r.CreatedAtUtc, r.Status, r.Urgency, r.MatchState })
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
        var items = reports.Select(r => new ScreeningQueueItemData(
                r.Reference,
                ScreeningTexts.Subject(r.Subject),
                ScreeningTexts.Date(r.CreatedAtUtc),
                ScreeningTexts.Status(r.Status),
                r.Urgency == ReportUrgency.Spoed,
                r.MatchState == MatchState.Possible))
            .ToList();
        var jppNames = user.Jpps.Count == 0 ? ScreeningTexts.NoJpp : string.Join(", ", user.Jpps.Select(j => j.JppName));
        await audit.RecordAsync(user.AadObjectId, AuditActions.ScreeningQueueView, "jpp", string.Join(",", jppIds), AuditOutcomes.Success,
            $"count={items.Count}", cancellationToken).ConfigureAwait(false);
        await turn.ShowCardAsync(cards.Render(CardTemplateNames.ScreeningQueue, new ScreeningQueueCardData(jppNames, items)), cancellationToken).ConfigureAwait(false);
    }

    public async Task OpenAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var user = RequireUser(turn);
        var input = CardSubmitData.Read<ScreeningActionInput>(turn.ActionData);
        var report = await FindAllowedAsync(turn, user, input.Code, BotAction.ScreenReport, AuditActions.ScreeningView, cancellationToken).ConfigureAwait(false);
        if (report is null)
        {
            return;
        }

        await audit.RecordAsync(user.AadObjectId, AuditActions.ScreeningView, "report", report.Reference, AuditOutcomes.Success, null, cancellationToken).ConfigureAwait(false);
        await turn.ShowCardAsync(await builder.RenderAsync(report, ScreeningCardState.None, cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
    }

    public async Task DecideAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var user = RequireUser(turn);
        var input = CardSubmitData.Read<ScreeningActionInput>(turn.ActionData);
        var report = await FindAllowedAsync(turn, user, input.Code, BotAction.ScreenReport, AuditActions.ScreeningDecide, cancellationToken).ConfigureAwait(false);
        if (report is null)
        {
            return;
        }

        var kept = new ScreeningCardState(ReferralTarget: input.ReferralTarget, ReferralNote: input.ReferralNote, NoActionReason: input.NoActionReason);
        if (!IsOpen(report) || input.Version != report.Version)
        {
            await ShowStaleAsync(turn, user, report, AuditActions.ScreeningDecide, cancellationToken).ConfigureAwait(false);
            return;
        }

        if (report.MatchState == MatchState.Possible)
        {
            await RejectAsync(turn, user, report, kept with { Message = ResolveMatchFirst }, "match-unresolved", cancellationToken).ConfigureAwait(false);
            return;
        }

        if (report is { Subject: ReportSubject.Jongere, MatchState: MatchState.None, FollowUpDueAtUtc: not null })
        {
            // The follow-up job has not matched it yet (it runs right after the submit): decide with the match known.
            await RejectAsync(turn, user, report, kept with { Message = MatchPending }, "match-pending", cancellationToken).ConfigureAwait(false);
            return;
        }

        var now = time.GetUtcNow().UtcDateTime;
        var (state, apply) = await validator.ValidateAsync(input.Decision, report, kept, now, cancellationToken).ConfigureAwait(false);
        if (apply is null)
        {
            await RejectAsync(turn, user, report, state, "invalid-input", cancellationToken).ConfigureAwait(false);
            return;
        }

        apply(report);
        report.ScreenedById = user.AadObjectId;
        report.ScreenedAtUtc = now;
        report.Version++;
        if (!await TrySaveAsync(report, cancellationToken).ConfigureAwait(false))
        {
            await ShowStaleAsync(turn, user, report, AuditActions.ScreeningDecide, cancellationToken).ConfigureAwait(false);
            return;
        }

        var outcome = $"status={report.Status}" + (report.ReferralTarget is { } target ? $" target={target}" : "")
            + (report.AgendaMeetingId is { } meeting ? $" meeting={meeting}" : "");
        await audit.RecordAsync(user.AadObjectId, AuditActions.ScreeningDecide, "report", report.Reference, AuditOutcomes.Success, outcome, cancellationToken).ConfigureAwait(false);
        ScreeningFlowLog.Decided(logger, report.Reference, report.Status.ToString());
        await statusNotifier.SendAsync(report, cancellationToken).ConfigureAwait(false);
        turn.RespondWithCard(await builder.RenderAsync(report, ScreeningCardState.None, cancellationToken).ConfigureAwait(false));
    }

    public async Task ResolveMatchAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var user = RequireUser(turn);
        var input = CardSubmitData.Read<ScreeningActionInput>(turn.ActionData);
        var report = await FindAllowedAsync(turn, user, input.Code, BotAction.ResolveMatch, AuditActions.MatchResolve, cancellationToken).ConfigureAwait(false);
        if (report is null)
        {
            return;
        }

        if (!IsOpen(report) || report.MatchState != MatchState.Possible || report.PossibleYouthId is null || input.Version != report.Version)
        {
            await ShowStaleAsync(turn, user, report, AuditActions.MatchResolve, cancellationToken).ConfigureAwait(false);
            return;
        }

        if (input.Resolution is not ("merge" or "apart"))
        {
            await RejectAsync(turn, user, report, ScreeningCardState.None with { Message = ScreeningTexts.ChooseMergeOrApart }, "invalid-input", cancellationToken).ConfigureAwait(false);
            return;
        }

        var merge = input.Resolution == "merge";
        string code;
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false))
        {
            if (merge)
            {
                report.YouthId = report.PossibleYouthId;
                report.MatchState = MatchState.Merged;
                code = await db.Youths.AsNoTracking().Where(y => y.Id == report.YouthId).Select(y => y.Code).SingleAsync(cancellationToken).ConfigureAwait(false);
            }
            else
            {
                var youth = await youths.CreateFromReportAsync(report, cancellationToken).ConfigureAwait(false);
                report.YouthId = youth.Id;
                report.MatchState = MatchState.KeptApart;
                code = youth.Code;
            }

            if (report.Status == ReportStatus.Ontvangen)
            {
                report.Status = ReportStatus.InScreening;
            }

            report.Version++;
            if (!await TrySaveAsync(report, cancellationToken).ConfigureAwait(false))
            {
                await transaction.RollbackAsync(cancellationToken).ConfigureAwait(false);
                await ShowStaleAsync(turn, user, report, AuditActions.MatchResolve, cancellationToken).ConfigureAwait(false);
                return;
            }

            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }

        await audit.RecordAsync(user.AadObjectId, AuditActions.MatchResolve, "report", report.Reference, AuditOutcomes.Success,
            $"{(merge ? "merged" : "kept-apart")} youth={code}", cancellationToken).ConfigureAwait(false);
        if (merge)
        {
            await matchNotices.SendAsync(report, cancellationToken).ConfigureAwait(false);
        }

        turn.RespondWithCard(await builder.RenderAsync(report, ScreeningCardState.None, cancellationToken).ConfigureAwait(false));
    }

    private async Task<bool> TrySaveAsync(Report report, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            ScreeningFlowLog.StaleClick(logger, report.Reference);
            return false;
        }
    }

    /// <summary>A click on an outdated card (handled, or changed by someone else): nothing changes, the current card is shown.</summary>
    private async Task ShowStaleAsync(TurnContext turn, ProfessionalProfile user, Report report, string auditAction, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        await audit.RecordAsync(user.AadObjectId, auditAction, "report", report.Reference, AuditOutcomes.Rejected, "stale", cancellationToken).ConfigureAwait(false);
        var current = await db.Reports.AsNoTracking().SingleAsync(r => r.Id == report.Id, cancellationToken).ConfigureAwait(false);
        var message = IsOpen(current) ? StaleMessage : ScreeningTexts.AlreadyHandled;
        turn.RespondWithCard(await builder.RenderAsync(current, new ScreeningCardState(Message: message), cancellationToken).ConfigureAwait(false));
    }

    private async Task RejectAsync(TurnContext turn, ProfessionalProfile user, Report report, ScreeningCardState state, string reason, CancellationToken cancellationToken)
    {
        await audit.RecordAsync(user.AadObjectId, AuditActions.ScreeningDecide, "report", report.Reference, AuditOutcomes.Rejected, reason, cancellationToken).ConfigureAwait(false);
        turn.RespondWithCard(await builder.RenderAsync(report, state, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>The report by reference (tracked) when the user may perform <paramref name="action"/> on it; otherwise answers and returns null.</summary>
    private async Task<Report?> FindAllowedAsync(TurnContext turn, ProfessionalProfile user, string? reference, BotAction action, string auditAction, CancellationToken cancellationToken)
    {
        var allowed = await NotAllowed.AllowedUserAsync(
            access,
            turn,
            action,
            YouthRelation.HomeJpp,
            refused => audit.RecordAsync(refused.AadObjectId, auditAction, "report", reference, AuditOutcomes.Rejected, "role", cancellationToken),
            cancellationToken).ConfigureAwait(false);
        if (allowed is null)
        {
            return null;
        }

        var report = string.IsNullOrEmpty(reference)
            ? null
            : await db.Reports.SingleOrDefaultAsync(r => r.Reference == reference, cancellationToken).ConfigureAwait(false);
        if (report is null)
        {
            await turn.ShowTextAsync(UnknownReport, cancellationToken).ConfigureAwait(false);
            return null;
        }

        if (!access.Allows(user.Roles, relations.ToJpp(user, report.JppId), action))
        {
            await audit.RecordAsync(user.AadObjectId, auditAction, "report", report.Reference, AuditOutcomes.Rejected, "jpp", cancellationToken).ConfigureAwait(false);
            await turn.ShowTextAsync(OtherJpp, cancellationToken).ConfigureAwait(false);
            return null;
        }

        return report;
    }

    private static bool IsOpen(Report report) => report.Status is ReportStatus.Ontvangen or ReportStatus.InScreening;

    private static ProfessionalProfile RequireUser(TurnContext turn) => turn.User ?? throw new InvalidOperationException("Screening needs a registered user.");
}
