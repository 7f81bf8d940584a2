using PmgBot.Core.Register;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PmgBot.Cards.Localization;
using PmgBot.Core.Access;
using PmgBot.Core.Audit;
using PmgBot.Core.Conversations;
using PmgBot.Core.Data;
using PmgBot.Core.Directory;
using PmgBot.Core.Features.Meetings.AgendaItems;
using PmgBot.Core.Features.Meetings.Series;
using PmgBot.Core.Outbox;
using PmgBot.Core.Protocol;

namespace PmgBot.Core.Features.Meetings.Digest;

/// <summary>
/// Sends the chair's digest of every meeting whose digest is due (<see cref="DigestSchedule"/>) and still ahead, to
/// each chair of its JPP who has not had it: computed from the database on every run, so a run missed while the bot
/// was down is caught up by the next one as long as the meeting is ahead. Exactly once per meeting and chair: the sent
/// key (<see cref="MeetingDigestSent"/>) and the outbox message are committed together, and a second sender (another
/// instance, a run at the same moment) fails on the key and sends nothing. Each chair gets it in their language
/// (<see cref="RecipientLanguages"/>: the locale of their last activity, Dutch when unknown).
/// </summary>
public sealed class MeetingDigestSender(
    PmgDbContext db,
    MeetingAgendaBuilder agendas,
    MeetingDigestBuilder digests,
    MeetingDigestCards cards,
    IProactiveMessenger messenger,
    RecipientLanguages languages,
    IProfessionalDirectory directory,
    IAccessService access,
    ICaseRelations relations,
    IAuditLog audit,
    IOutboxSignal signal,
    IOptions<MeetingOptions> options,
    TimeProvider time,
    ILogger<MeetingDigestSender> logger)
{
    /// <summary>Meetings further ahead than this are never due (10 working days with holidays fit well within it).</summary>
    private static readonly TimeSpan Lookahead = TimeSpan.FromDays(31);

    public async Task<DigestRunResult> SendDueAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var horizon = now + Lookahead;
        var meetings = await db.JppMeetings.AsNoTracking().Where(m => m.StartsAtUtc > now && m.StartsAtUtc <= horizon)
            .OrderBy(m => m.StartsAtUtc).ThenBy(m => m.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        var jppIds = meetings.Select(m => m.JppId).Distinct(StringComparer.Ordinal).ToList();
        var series = await db.Set<MeetingSeries>().AsNoTracking().Include(s => s.Members).Include(s => s.Dates).AsSplitQuery()
            .Where(s => jppIds.Contains(s.JppId)).ToDictionaryAsync(s => s.JppId, StringComparer.Ordinal, cancellationToken).ConfigureAwait(false);
        var meetingIds = meetings.Select(m => m.Id).ToList();
        var sent = (await db.Set<MeetingDigestSent>().AsNoTracking().Where(s => meetingIds.Contains(s.MeetingId))
                .Select(s => new { s.MeetingId, s.ProfessionalId }).ToListAsync(cancellationToken).ConfigureAwait(false))
            .Select(s => (s.MeetingId, s.ProfessionalId)).ToHashSet();

        var result = DigestRunResult.None;
        foreach (var meeting in meetings)
        {
            var own = series.GetValueOrDefault(meeting.JppId);
            var closing = own?.Dates.Where(d => d.Kind == SeriesDateKind.ClosingDay).Select(d => d.Date).ToList() ?? [];
            if (now < DigestSchedule.DueAtUtc(meeting.StartsAtUtc, options.Value.DigestWorkingDaysFor(meeting.JppId, own?.DigestWorkingDays), closing))
            {
                continue;
            }

            var chairs = (await ChairsAsync(meeting.JppId, own, cancellationToken).ConfigureAwait(false))
                .Where(c => !sent.Contains((meeting.Id, c.AadObjectId))).ToList();
            if (chairs.Count == 0)
            {
                continue;
            }

            await agendas.RefreshAsync(meeting.Id, cancellationToken).ConfigureAwait(false);
            var agenda = await agendas.ReadAsync(meeting.Id, cancellationToken).ConfigureAwait(false);
            if (agenda is null)
            {
                continue;
            }

            var digest = await digests.BuildAsync(agenda, cancellationToken).ConfigureAwait(false);
            foreach (var chair in chairs)
            {
                result = result.Add(await SendAsync(digest, chair.AadObjectId, now, cancellationToken).ConfigureAwait(false));
            }
        }

        if (result.Any)
        {
            DigestLog.Run(logger, result.Sent, result.AlreadySent, result.NotQueued);
        }

        return result;
    }

    /// <summary>
    /// Development's <c>digest nu</c> (<see cref="DigestNowFlow"/>, which checks access and reads the agenda): the digest of
    /// <paramref name="agenda"/> to <paramref name="chairId"/> now, due or not, on this sender's own path. The first time it
    /// takes the sent key with the outbox message, exactly as a run of the job does, so the job does not send this chair the
    /// same digest again. Once the key is taken (by the job or an earlier command) the digest is queued again under a key
    /// of its own per typed message (<paramref name="requestKey"/>) and the sent key stays the one row it is. Only the
    /// Development route calls this.
    /// </summary>
    public async Task<DigestNowResult> SendNowAsync(MeetingAgenda agenda, string chairId, string requestKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(agenda);
        ArgumentException.ThrowIfNullOrWhiteSpace(chairId);
        ArgumentException.ThrowIfNullOrWhiteSpace(requestKey);
        var digest = await digests.BuildAsync(agenda, cancellationToken).ConfigureAwait(false);
        // Looked up first so a repeat does not go through a failing insert; a send at the same moment still meets the key.
        var taken = await db.Set<MeetingDigestSent>().AsNoTracking()
            .AnyAsync(s => s.MeetingId == digest.MeetingId && s.ProfessionalId == chairId, cancellationToken).ConfigureAwait(false);
        var first = taken ? false : await SendAsync(digest, chairId, time.GetUtcNow().UtcDateTime, cancellationToken).ConfigureAwait(false);
        var outcome = first switch
        {
            true => DigestNowOutcome.Sent,
            null => DigestNowOutcome.NotQueued,
            false => await SendAgainAsync(digest, chairId, requestKey, cancellationToken).ConfigureAwait(false),
        };
        return new DigestNowResult(outcome, digest.JppName, digest.StartsAtUtc, digest.Counts.Items);
    }

    /// <summary>The outbox key of a digest sent again by <c>digest nu</c>: the digest's key and the command's.</summary>
    public static string SendAgainKey(long meetingId, string professionalId, string requestKey) =>
        DedupKey(meetingId, professionalId) + ":nu:" + requestKey;

    /// <summary>The outbox message id a digest was sent with, for tests and support: the dedup key of the outbox.</summary>
    public static string DedupKey(long meetingId, string professionalId) =>
        string.Create(CultureInfo.InvariantCulture, $"meeting-digest:{meetingId}:{professionalId}");

    /// <summary>True: queued now; false: another sender had it; null: could not be queued (no chat with the chair), tried again next run.</summary>
    private async Task<bool?> SendAsync(MeetingDigest digest, string chairId, DateTime now, CancellationToken cancellationToken)
    {
        Activity activity;
        using (BotLanguage.Use(await languages.ForAsync(chairId, cancellationToken).ConfigureAwait(false)))
        {
            activity = cards.Message(digest);
        }

        var row = new MeetingDigestSent { MeetingId = digest.MeetingId, ProfessionalId = chairId, SentAtUtc = now };
        // The sent key first: a second sender blocks on it (PostgreSQL) or finds it (SQLite, one writer at a time) and stops.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        db.Add(row);
        try
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateException exception) when (StoreConflicts.IsConflict(exception))
        {
            await transaction.RollbackAsync(cancellationToken).ConfigureAwait(false);
            db.ChangeTracker.Clear();
            return false;
        }

        // Same context, same transaction: the outbox message (and, if the chair has no chat with the bot yet, its new
        // conversation reference) commit with the key or not at all.
        audit.Add(db, AuditActors.System, MeetingAuditActions.DigestSent, MeetingAuditActions.RecordType,
            digest.MeetingId.ToString(CultureInfo.InvariantCulture), AuditOutcomes.Success,
            string.Create(CultureInfo.InvariantCulture, $"items={digest.Counts.Items}"));
        var result = await messenger.SendToUserAsync(chairId, activity, DedupKey(digest.MeetingId, chairId), cancellationToken).ConfigureAwait(false);
        if (!result.Queued || result.OutboxId is not { } outboxId)
        {
            await transaction.RollbackAsync(cancellationToken).ConfigureAwait(false);
            db.ChangeTracker.Clear();
            DigestLog.NotQueued(logger, digest.MeetingId, result.Reason ?? "");
            return null;
        }

        row.OutboxMessageId = outboxId;
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        db.ChangeTracker.Clear();
        // The outbox was signalled before the commit; once more now that the message can be read.
        signal.Notify();
        return true;
    }

    /// <summary>Queues the digest once more without a second sent key (Development's <c>digest nu</c> after the first send).</summary>
    private async Task<DigestNowOutcome> SendAgainAsync(MeetingDigest digest, string chairId, string requestKey, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        audit.Add(db, AuditActors.System, MeetingAuditActions.DigestSent, MeetingAuditActions.RecordType,
            digest.MeetingId.ToString(CultureInfo.InvariantCulture), AuditOutcomes.Success,
            string.Create(CultureInfo.InvariantCulture, $"items={digest.Counts.Items} again"));
        var result = await messenger.SendToUserAsync(chairId, cards.Message(digest), SendAgainKey(digest.MeetingId, chairId, requestKey), cancellationToken)
            .ConfigureAwait(false);
        if (!result.Queued)
        {
            await transaction.RollbackAsync(cancellationToken).ConfigureAwait(false);
            db.ChangeTracker.Clear();
            DigestLog.NotQueued(logger, digest.MeetingId, result.Reason ?? "");
            return DigestNowOutcome.NotQueued;
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        db.ChangeTracker.Clear();
        signal.Notify();
        return DigestNowOutcome.SentAgain;
    }

    /// <summary>
    /// The chairs of the series (voorzitter), else the JPP's members with the voorzitter role; either way only those the
    /// access rule lets open the agenda (active, a chair's role, a member of the JPP).
    /// </summary>
    private async Task<List<ProfessionalProfile>> ChairsAsync(string jppId, MeetingSeries? series, CancellationToken cancellationToken)
    {
        var members = await directory.ListJppMembersAsync(jppId, cancellationToken).ConfigureAwait(false);
        var named = series?.Members.Where(m => m.Role == SeriesMemberRole.Voorzitter).Select(m => m.ProfessionalId).ToHashSet(StringComparer.OrdinalIgnoreCase) ?? [];
        var chairs = named.Count > 0
            ? members.Where(m => named.Contains(m.AadObjectId))
            : members.Where(m => (m.Roles & Roles.Voorzitter) != Roles.None);
        return [.. chairs.Where(m => m.Active && access.Allows(m.Roles, relations.ToJpp(m, jppId), BotAction.ScreenReport))];
    }
}
