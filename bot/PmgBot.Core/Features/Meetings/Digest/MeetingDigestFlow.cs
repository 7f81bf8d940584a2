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
/// a window gets their card (<see cref="ParticipantWindowNotices"/>). Anyone without a chair's role gets the
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
            await turn.ShowCardAsync(cards.Render(digest), cancellationToken).ConfigureAwait(false);
        }
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
        await turn.ShowCardAsync(cards.Render(digest, notice: message), cancellationToken).ConfigureAwait(false);
    }

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
