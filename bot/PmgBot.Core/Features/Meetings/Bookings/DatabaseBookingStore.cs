using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PmgBot.Core.Data;
using PmgBot.Core.Features.Meetings.Calendar;

namespace PmgBot.Core.Features.Meetings.Bookings;

/// <summary>
/// <see cref="IBookingStore"/> in the bot's database (<see cref="MeetingBooking"/> rows). Each save is its own commit,
/// made right after the gateway confirmed the event, so what was booked is known even when the run stops at the next
/// call. Two runs saving the same event at once end with one row: the second updates what the first inserted.
/// </summary>
internal sealed class DatabaseBookingStore(PmgDbContext db, TimeProvider time) : IBookingStore
{
    public async Task<IReadOnlyList<StoredBooking>> ListAsync(string meetingId, CancellationToken cancellationToken)
    {
        var id = Id(meetingId);
        var rows = await db.Set<MeetingBooking>().AsNoTracking().Where(b => b.MeetingId == id).OrderBy(b => b.Slot)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. rows.Select(ToStored)];
    }

    public async Task SaveAsync(string meetingId, StoredBooking booking, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(booking);
        var id = Id(meetingId);
        for (var attempt = 1; ; attempt++)
        {
            var slot = Slot(booking.OrganisationId);
            var row = await db.Set<MeetingBooking>().SingleOrDefaultAsync(b => b.MeetingId == id && b.Slot == slot, cancellationToken).ConfigureAwait(false);
            if (row is null)
            {
                row = new MeetingBooking { MeetingId = id, Slot = slot, Mailbox = "", EventId = "", AttendeeEmails = "" };
                db.Add(row);
            }

            Fill(row, booking);
            try
            {
                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                db.ChangeTracker.Clear();
                return;
            }
            catch (DbUpdateException exception) when (attempt == 1 && StoreConflicts.IsConflict(exception))
            {
                // Another run inserted this event's row between our read and our insert: update that one instead.
                db.ChangeTracker.Clear();
            }
        }
    }

    public async Task RemoveAsync(string meetingId, string? organisationId, CancellationToken cancellationToken)
    {
        var id = Id(meetingId);
        var slot = Slot(organisationId);
        await db.Set<MeetingBooking>().Where(b => b.MeetingId == id && b.Slot == slot).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
    }

    private void Fill(MeetingBooking row, StoredBooking booking)
    {
        row.Mailbox = booking.Event.Mailbox;
        row.EventId = booking.Event.EventId;
        row.StartsAtUtc = booking.Window.Start.UtcDateTime;
        row.EndsAtUtc = booking.Window.End.UtcDateTime;
        row.AttendeeEmails = string.Join('\n', booking.AttendeeEmails);
        row.BodyText = booking.BodyText;
        row.JoinUrl = booking.JoinUrl;
        row.SavedAtUtc = time.GetUtcNow().UtcDateTime;
    }

    private static StoredBooking ToStored(MeetingBooking row) => new(
        row.Slot.Length == 0 ? null : row.Slot,
        new CalendarEventRef(row.Mailbox, row.EventId),
        new CalendarWindow(Utc(row.StartsAtUtc), Utc(row.EndsAtUtc)),
        row.AttendeeEmails.Length == 0 ? [] : row.AttendeeEmails.Split('\n'),
        row.BodyText,
        row.JoinUrl);

    private static DateTimeOffset Utc(DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Utc));

    private static string Slot(string? organisationId)
    {
        if (organisationId is not null)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(organisationId);
        }

        return organisationId ?? MeetingBooking.MeetingSlot;
    }

    /// <summary>The plan carries the meeting id as text (the calendar side knows no database); here it is the meeting row's id.</summary>
    private static long Id(string meetingId) =>
        long.TryParse(meetingId, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? id
            : throw new ArgumentException("A meeting id is the number of a meeting row.", nameof(meetingId));
}
