using PmgBot.Core.Register;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using PmgBot.Core.Access;
using PmgBot.Core.Audit;
using PmgBot.Core.Data;
using PmgBot.Core.Directory;
using PmgBot.Core.Features.Meetings.AgendaItems;
using PmgBot.Core.Features.Meetings.Bookings;
using PmgBot.Core.Protocol;
using PmgBot.Core.Turns;

namespace PmgBot.Core.Features.Meetings.Digest;

/// <summary>
/// The chair's digest in personal chat: <c>agenda</c> (or the card's "Vernieuwen") shows the digest of the next meeting
/// of each JPP the chair belongs to; "Bevestigen" (or "Verder gaan") books the calendars with <see cref="MeetingBooker"/>
/// and answers with the card and a report (in the chair's language) of what was and was not booked; once all is booked, everyone invited for
/// a window gets their card (<see cref="ParticipantWindowNotices"/>). "Toevoegen", "Van de agenda halen" and "Naar de
/// volgende JPP" change the agenda through <see cref="IMeetingAgendaService"/> and answer with the card re-planned in
/// place; "Herinner me later" stores when the digest comes again (<see cref="DigestReminderRequests"/>). Anyone without a chair's role gets the
/// usual refusal; for a meeting of a JPP the user does not chair, the agenda service answers "not found" and so does
/// this flow, with the same refusal. Group chats never reach this flow (their routes give general help only).
/// </summary>
public sealed class MeetingDigestFlow(
    PmgDbContext db,
    IAccessService access,
    IMeetingAgendaService agendas,
    MeetingDigestBuilder digests,
    MeetingDigestCards cards,
    MeetingBooker booker,
    ParticipantWindowNotices windowNotices,
    IBookingStore bookings,
    DigestReminderRequests reminders,
    IAuditLog audit,
    TimeProvider time,
    ILogger<MeetingDigestFlow> logger)
{
    public async Task ShowAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (await NotAllowed.AllowedUserAsync(access, turn, BotAction.ViewScreeningQueue, cancellationToken).ConfigureAwait(false) is not { } user)
        {
            return;
        }

        var asked = CardSubmitData.Read<MeetingDigestActionData>(turn.ActionData).MeetingId;
        List<long> meetingIds = asked is { } id ? [id] : await NextMeetingsAsync(user, cancellationToken).ConfigureAwait(false);
        if (meetingIds.Count == 0)
        {
            await turn.ShowTextAsync(DigestTexts.NoMeeting, cancellationToken).ConfigureAwait(false);
            return;
        }

        foreach (var meetingId in meetingIds)
        {
            // Access per meeting (a chair of that JPP) and the audit of the read: the agenda service.
            var agenda = await agendas.GetAsync(user, meetingId, cancellationToken).ConfigureAwait(false);
            if (agenda is null)
            {
                await NotAllowed.ShowAsync(turn, cancellationToken).ConfigureAwait(false);
                return;
            }

            var digest = await digests.BuildAsync(agenda, cancellationToken).ConfigureAwait(false);
            await turn.ShowCardAsync(cards.Render(digest, open: IsAhead(agenda)), cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>"Toevoegen": a youth of the JPP (or shared with it) by case code onto the agenda.</summary>
    public Task AddYouthAsync(TurnContext turn, CancellationToken cancellationToken) =>
        ChangeAsync(turn, async (user, meetingId, data) =>
        {
            var result = await agendas.AddYouthAsync(user, meetingId, data.YouthCode, cancellationToken).ConfigureAwait(false);
            return (result, _ => DigestTexts.Added(YouthCodes.Normalise(data.YouthCode) ?? ""));
        }, cancellationToken);

    /// <summary>"Van de agenda halen": the chosen item off the agenda, with the reason (required; recorded with the item).</summary>
    public Task RemoveItemAsync(TurnContext turn, CancellationToken cancellationToken) =>
        ChangeAsync(turn, async (user, meetingId, data) =>
        {
            var result = data.ItemId is { } itemId
                ? await agendas.RemoveItemAsync(user, meetingId, itemId, data.Reason, cancellationToken).ConfigureAwait(false)
                : AgendaActionResult.Invalid(DigestTexts.ChooseItem);
            return (result, agenda => DigestTexts.Removed(SetAside(agenda, data)?.Subject ?? "", data.Reason?.Trim() ?? ""));
        }, cancellationToken);

    /// <summary>"Naar de volgende JPP": the chosen item (with its screened reports) onto the JPP's next meeting, with the reason.</summary>
    public Task MoveItemAsync(TurnContext turn, CancellationToken cancellationToken) =>
        ChangeAsync(turn, async (user, meetingId, data) =>
        {
            var result = data.ItemId is { } itemId
                ? await agendas.MoveItemToNextMeetingAsync(user, meetingId, itemId, data.Reason, cancellationToken).ConfigureAwait(false)
                : AgendaActionResult.Invalid(DigestTexts.ChooseItem);
            if (!result.Succeeded)
            {
                return (result, _ => "");
            }

            // The confirmation names the day of the meeting it went to; the card is built after, from the changed agenda.
            var moved = await MovedToAsync(meetingId, data.ItemId, cancellationToken).ConfigureAwait(false);
            return (result, agenda => DigestTexts.Moved(SetAside(agenda, data)?.Subject ?? "", moved, data.Reason?.Trim() ?? ""));
        }, cancellationToken);

    /// <summary>"Herinner me later": the digest comes again the next working morning at 09:00 (or in a few hours), stored.</summary>
    public async Task RemindLaterAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (await NotAllowed.AllowedUserAsync(access, turn, BotAction.ViewScreeningQueue, cancellationToken).ConfigureAwait(false) is not { } user)
        {
            return;
        }

        var meetingId = CardSubmitData.ReadAsText<MeetingDigestActionData>(turn.ActionData).MeetingId;
        // Access (a chair of that JPP) and the audited read: the agenda service.
        var agenda = meetingId is { } id ? await agendas.GetAsync(user, id, cancellationToken).ConfigureAwait(false) : null;
        if (agenda is null)
        {
            await NotAllowed.ShowAsync(turn, cancellationToken).ConfigureAwait(false);
            return;
        }

        var digest = await digests.BuildAsync(agenda, cancellationToken).ConfigureAwait(false);
        if (!IsAhead(agenda))
        {
            await turn.ShowCardAsync(cards.Render(digest, notice: AgendaItemMessages.MeetingClosed, open: false), cancellationToken).ConfigureAwait(false);
            return;
        }

        var at = await reminders.RequestAsync(user, agenda, cancellationToken).ConfigureAwait(false);
        var notice = at is { } when ? DigestTexts.Reminded(when) : DigestTexts.TooLateToRemind;
        await turn.ShowCardAsync(cards.Render(digest, notice: notice, noticeStyle: at is null ? "warning" : "good"), cancellationToken).ConfigureAwait(false);
    }

    public async Task ConfirmAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (await NotAllowed.AllowedUserAsync(access, turn, BotAction.ViewScreeningQueue, cancellationToken).ConfigureAwait(false) is not { } user)
        {
            return;
        }

        var meetingId = CardSubmitData.Read<MeetingDigestActionData>(turn.ActionData).MeetingId;
        var agenda = meetingId is { } id ? await agendas.GetAsync(user, id, cancellationToken).ConfigureAwait(false) : null;
        if (agenda is null)
        {
            await NotAllowed.ShowAsync(turn, cancellationToken).ConfigureAwait(false);
            return;
        }

        var digest = await digests.BuildAsync(agenda, cancellationToken).ConfigureAwait(false);
        if (agenda.StartsAtUtc <= time.GetUtcNow().UtcDateTime)
        {
            await RefuseAsync(turn, user, digest, "closed", DigestTexts.MeetingClosed, cancellationToken).ConfigureAwait(false);
            return;
        }

        if (digest.BookingPlan is null)
        {
            await RefuseAsync(turn, user, digest, "no-series", DigestTexts.NoSeries, cancellationToken).ConfigureAwait(false);
            return;
        }

        var report = await booker.BookAsync(digest.BookingPlan, cancellationToken).ConfigureAwait(false);
        var stoppedAt = report.StoppedAt?.Outcome.ToString() ?? "none";
        DigestLog.Booked(logger, agenda.MeetingId, report.Done, report.Remaining, stoppedAt);
        await audit.RecordAsync(user.AadObjectId, MeetingAuditActions.Book, MeetingAuditActions.RecordType, Id(agenda.MeetingId),
            report.Complete ? AuditOutcomes.Success : AuditOutcomes.Failed,
            string.Create(CultureInfo.InvariantCulture, $"done={report.Done} remaining={report.Remaining} stopped={stoppedAt} calendars={report.CalendarsUpdated}"),
            cancellationToken).ConfigureAwait(false);

        if (report.Complete)
        {
            // Everyone invited for a window gets their card in personal chat, with the meeting's join link.
            var stored = await bookings.ListAsync(Id(agenda.MeetingId), cancellationToken).ConfigureAwait(false);
            var joinUrl = stored.FirstOrDefault(b => b.OrganisationId is null)?.JoinUrl;
            await windowNotices.SendAsync(digest, agenda, joinUrl, cancellationToken).ConfigureAwait(false);
        }

        // Read again, so the card shows what is left to send after this run.
        var after = await digests.BuildAsync(agenda, cancellationToken).ConfigureAwait(false);
        await turn.ShowCardAsync(cards.Render(after, report), cancellationToken).ConfigureAwait(false);
    }

    private async Task RefuseAsync(TurnContext turn, ProfessionalProfile user, MeetingDigest digest, string why, string message, CancellationToken cancellationToken)
    {
        await audit.RecordAsync(user.AadObjectId, MeetingAuditActions.Book, MeetingAuditActions.RecordType, Id(digest.MeetingId),
            AuditOutcomes.Rejected, why, cancellationToken).ConfigureAwait(false);
        await turn.ShowCardAsync(cards.Render(digest, notice: message, open: digest.StartsAtUtc > time.GetUtcNow().UtcDateTime), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The opening and ending of every agenda change on the card: the usual refusal without a chair's role; the change
    /// through <see cref="IMeetingAgendaService"/> (which checks on the server that the user chairs that meeting's JPP,
    /// stores all or nothing and audits); a meeting that is not theirs (or no meeting) gets the refusal; otherwise the
    /// card comes back in place, re-planned from the agenda as it is now, with the Dutch confirmation or why nothing
    /// changed (and then with what the chair typed).
    /// </summary>
    private async Task ChangeAsync(
        TurnContext turn,
        Func<ProfessionalProfile, long, MeetingDigestActionData, Task<(AgendaActionResult Result, Func<MeetingAgenda, string> Confirmation)>> change,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (await NotAllowed.AllowedUserAsync(access, turn, BotAction.ViewScreeningQueue, cancellationToken).ConfigureAwait(false) is not { } user)
        {
            return;
        }

        var data = CardSubmitData.ReadAsText<MeetingDigestActionData>(turn.ActionData);
        var (result, confirmation) = data.MeetingId is { } meetingId
            ? await change(user, meetingId, data).ConfigureAwait(false)
            : (AgendaActionResult.NotFound, _ => "");
        var agenda = result.Outcome == AgendaActionOutcome.NotFound ? null : await agendas.GetAsync(user, data.MeetingId!.Value, cancellationToken).ConfigureAwait(false);
        if (agenda is null)
        {
            await NotAllowed.ShowAsync(turn, cancellationToken).ConfigureAwait(false);
            return;
        }

        var digest = await digests.BuildAsync(agenda, cancellationToken).ConfigureAwait(false);
        var card = result.Succeeded
            ? cards.Render(digest, notice: confirmation(agenda), noticeStyle: "good", open: IsAhead(agenda))
            : cards.Render(digest, notice: result.Message, noticeStyle: result.Outcome == AgendaActionOutcome.Closed ? "warning" : "attention",
                open: IsAhead(agenda), kept: data);
        await turn.ShowCardAsync(card, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The item the chair just removed or moved, as the agenda now lists it (set aside, with its code).</summary>
    private static AgendaItemView? SetAside(MeetingAgenda agenda, MeetingDigestActionData data) =>
        agenda.SetAside.FirstOrDefault(i => i.ItemId == data.ItemId);

    /// <summary>The start of the meeting a moved item went to (after the agenda service moved it, so after its access check).</summary>
    private async Task<DateTime?> MovedToAsync(long meetingId, long? itemId, CancellationToken cancellationToken)
    {
        var target = await db.Set<MeetingAgendaItem>().AsNoTracking().Where(i => i.Id == itemId && i.MeetingId == meetingId)
            .Select(i => i.MovedToMeetingId).SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        return target is { } nextId
            ? await db.JppMeetings.AsNoTracking().Where(m => m.Id == nextId).Select(m => (DateTime?)m.StartsAtUtc).SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false)
            : null;
    }

    private bool IsAhead(MeetingAgenda agenda) => agenda.StartsAtUtc > time.GetUtcNow().UtcDateTime;

    /// <summary>The next meeting of each JPP the user is a member of (access per meeting is checked after).</summary>
    private async Task<List<long>> NextMeetingsAsync(ProfessionalProfile user, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var jppIds = user.Jpps.Select(j => j.JppId).ToList();
        var ahead = await db.JppMeetings.AsNoTracking().Where(m => jppIds.Contains(m.JppId) && m.StartsAtUtc > now)
            .Select(m => new { m.Id, m.JppId, m.StartsAtUtc }).ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. ahead.GroupBy(m => m.JppId).Select(g => g.OrderBy(m => m.StartsAtUtc).ThenBy(m => m.Id).First())
            .OrderBy(m => m.StartsAtUtc).ThenBy(m => m.Id).Select(m => m.Id)];
    }

    private static string Id(long meetingId) => meetingId.ToString(CultureInfo.InvariantCulture);
}
