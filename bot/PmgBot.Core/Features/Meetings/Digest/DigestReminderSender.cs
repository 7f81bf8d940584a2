using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using PmgBot.Core.Access;
using PmgBot.Core.Audit;
using PmgBot.Core.Data;
using PmgBot.Core.Directory;
using PmgBot.Core.Features.Meetings.AgendaItems;
using PmgBot.Core.Outbox;
using PmgBot.Core.Register;

namespace PmgBot.Core.Features.Meetings.Digest;

/// <summary>
/// Sends the digests chairs asked for again ("Herinner me later", <see cref="MeetingDigestReminder"/>) once their time
/// has come and while the meeting is ahead, with the agenda as it is then. Part of the <c>meeting-digest</c> job's run,
/// so a reminder due while the bot was down comes with the next run. Once per request: the reminder is cleared (where
/// its sequence is still the one read) in the same transaction as the outbox message, whose key carries the sequence,
/// so the sent key of the scheduled digest never blocks it and a second sender finds nothing to clear and sends nothing.
/// A chair who no longer chairs the JPP gets nothing.
/// </summary>
public sealed class DigestReminderSender(
    PmgDbContext db,
    MeetingAgendaBuilder agendas,
    MeetingDigestBuilder digests,
    MeetingDigestCards cards,
    IProactiveMessenger messenger,
    IProfessionalDirectory directory,
    IAccessService access,
    ICaseRelations relations,
    IAuditLog audit,
    IOutboxSignal signal,
    TimeProvider time,
    ILogger<DigestReminderSender> logger)
{
    public async Task<DigestRunResult> SendDueAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var due = await db.Set<MeetingDigestReminder>().AsNoTracking().Where(r => r.RemindAtUtc != null && r.RemindAtUtc <= now)
            .OrderBy(r => r.RemindAtUtc).ThenBy(r => r.MeetingId).ThenBy(r => r.ProfessionalId).ToListAsync(cancellationToken).ConfigureAwait(false);
        var result = DigestRunResult.None;
        foreach (var reminder in due)
        {
            var meeting = await db.JppMeetings.AsNoTracking().SingleOrDefaultAsync(m => m.Id == reminder.MeetingId, cancellationToken).ConfigureAwait(false);
            var chair = await directory.FindAsync(reminder.ProfessionalId, cancellationToken).ConfigureAwait(false);
            var wanted = meeting is not null && meeting.StartsAtUtc > now && chair is { Active: true }
                && access.Allows(chair.Roles, relations.ToJpp(chair, meeting.JppId), BotAction.ScreenReport);
            if (!wanted)
            {
                // The meeting began or the chair no longer chairs: nothing to send, ever.
                await ClearAsync(reminder, cancellationToken).ConfigureAwait(false);
                continue;
            }

            await agendas.RefreshAsync(meeting!.Id, cancellationToken).ConfigureAwait(false);
            var agenda = await agendas.ReadAsync(meeting.Id, cancellationToken).ConfigureAwait(false);
            if (agenda is null)
            {
                continue;
            }

            var digest = await digests.BuildAsync(agenda, cancellationToken).ConfigureAwait(false);
            result = result.Add(await SendAsync(reminder, digest, now, cancellationToken).ConfigureAwait(false));
        }

        if (result.Any)
        {
            DigestLog.Reminders(logger, result.Sent, result.AlreadySent, result.NotQueued);
        }

        return result;
    }

    /// <summary>The outbox key of one reminder, with the request's sequence, so each request is new (and none is the digest's key).</summary>
    public static string DedupKey(long meetingId, string professionalId, int sequence) =>
        string.Create(CultureInfo.InvariantCulture, $"meeting-digest-reminder:{meetingId}:{professionalId}:{sequence}");

    /// <summary>True: queued now; false: another sender had it (or the chair asked again meanwhile); null: not queued, tried again next run.</summary>
    private async Task<bool?> SendAsync(MeetingDigestReminder reminder, MeetingDigest digest, DateTime now, CancellationToken cancellationToken)
    {
        var (meetingId, chairId, sequence) = (reminder.MeetingId, reminder.ProfessionalId, reminder.Sequence);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        // The claim first: a second sender waits on the row (PostgreSQL) or finds it cleared (SQLite) and stops.
        var claimed = await db.Set<MeetingDigestReminder>()
            .Where(r => r.MeetingId == meetingId && r.ProfessionalId == chairId && r.Sequence == sequence && r.RemindAtUtc != null)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.RemindAtUtc, (DateTime?)null).SetProperty(r => r.SentAtUtc, now), cancellationToken)
            .ConfigureAwait(false);
        if (claimed == 0)
        {
            await transaction.RollbackAsync(cancellationToken).ConfigureAwait(false);
            return false;
        }

        audit.Add(db, AuditActors.System, MeetingAuditActions.DigestSent, MeetingAuditActions.RecordType,
            meetingId.ToString(CultureInfo.InvariantCulture), AuditOutcomes.Success,
            string.Create(CultureInfo.InvariantCulture, $"items={digest.Counts.Items} reminder={sequence}"));
        var result = await messenger.SendToUserAsync(chairId, cards.Message(digest, reminder: true), DedupKey(meetingId, chairId, sequence), cancellationToken)
            .ConfigureAwait(false);
        if (!result.Queued)
        {
            await transaction.RollbackAsync(cancellationToken).ConfigureAwait(false);
            db.ChangeTracker.Clear();
            DigestLog.NotQueued(logger, meetingId, result.Reason ?? "");
            return null;
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        db.ChangeTracker.Clear();
        signal.Notify();
        return true;
    }

    private async Task ClearAsync(MeetingDigestReminder reminder, CancellationToken cancellationToken)
    {
        var (meetingId, chairId, sequence) = (reminder.MeetingId, reminder.ProfessionalId, reminder.Sequence);
        await db.Set<MeetingDigestReminder>()
            .Where(r => r.MeetingId == meetingId && r.ProfessionalId == chairId && r.Sequence == sequence)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.RemindAtUtc, (DateTime?)null), cancellationToken)
            .ConfigureAwait(false);
    }
}
