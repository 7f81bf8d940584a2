using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PmgBot.Core.Audit;
using PmgBot.Core.Data;
using PmgBot.Core.Directory;
using PmgBot.Core.Features.Meetings.AgendaItems;
using PmgBot.Core.Features.Meetings.Series;

namespace PmgBot.Core.Features.Meetings.Digest;

/// <summary>
/// Stores a chair's "Herinner me later" (<see cref="MeetingDigestReminder"/>): when, by <see cref="DigestSchedule.RemindAtUtc"/>
/// with the series' closing days and <see cref="MeetingOptions.DigestRemindHours"/>. A second request replaces the first.
/// No access check: the caller read the agenda through <see cref="IMeetingAgendaService"/>, which checked that the
/// chair chairs the meeting's JPP. Audited with the time only.
/// </summary>
public sealed class DigestReminderRequests(PmgDbContext db, IAuditLog audit, IOptions<MeetingOptions> options, TimeProvider time)
{
    /// <summary>When the digest comes again; null when the meeting is too close for a reminder (nothing stored).</summary>
    public async Task<DateTime?> RequestAsync(ProfessionalProfile chair, MeetingAgenda agenda, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(chair);
        ArgumentNullException.ThrowIfNull(agenda);
        var now = time.GetUtcNow().UtcDateTime;
        var jppId = agenda.JppId;
        var closing = await db.Set<MeetingSeriesDate>().AsNoTracking()
            .Where(d => d.JppId == jppId && d.Kind == SeriesDateKind.ClosingDay).Select(d => d.Date)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var meetingId = Id(agenda.MeetingId);
        if (DigestSchedule.RemindAtUtc(now, agenda.StartsAtUtc, closing, options.Value.DigestRemindHours) is not { } at)
        {
            await audit.RecordAsync(chair.AadObjectId, MeetingAuditActions.DigestRemind, MeetingAuditActions.RecordType, meetingId,
                AuditOutcomes.Rejected, "too-late", cancellationToken).ConfigureAwait(false);
            return null;
        }

        // Two clicks at once both insert the first row: the loser updates the winner's row instead.
        for (var attempt = 0; ; attempt++)
        {
            var row = await db.Set<MeetingDigestReminder>()
                .SingleOrDefaultAsync(r => r.MeetingId == agenda.MeetingId && r.ProfessionalId == chair.AadObjectId, cancellationToken).ConfigureAwait(false);
            if (row is null)
            {
                db.Add(new MeetingDigestReminder { MeetingId = agenda.MeetingId, ProfessionalId = chair.AadObjectId, RemindAtUtc = at, Sequence = 1, RequestedAtUtc = now });
            }
            else
            {
                row.RemindAtUtc = at;
                row.Sequence++;
                row.RequestedAtUtc = now;
            }

            audit.Add(db, chair.AadObjectId, MeetingAuditActions.DigestRemind, MeetingAuditActions.RecordType, meetingId, AuditOutcomes.Success,
                "at=" + at.ToString("yyyy-MM-ddTHH:mm'Z'", CultureInfo.InvariantCulture));
            try
            {
                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                db.ChangeTracker.Clear();
                return at;
            }
            catch (DbUpdateException exception) when (attempt == 0 && StoreConflicts.IsConflict(exception))
            {
                db.ChangeTracker.Clear();
            }
        }
    }

    private static string Id(long meetingId) => meetingId.ToString(CultureInfo.InvariantCulture);
}
