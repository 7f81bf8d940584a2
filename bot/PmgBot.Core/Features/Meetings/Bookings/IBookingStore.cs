namespace PmgBot.Core.Features.Meetings.Bookings;

/// <summary>The events booked for a meeting, saved one by one as the gateway confirms them, so a stopped run continues where it stopped.</summary>
public interface IBookingStore
{
    Task<IReadOnlyList<StoredBooking>> ListAsync(string meetingId, CancellationToken cancellationToken);

    Task SaveAsync(string meetingId, StoredBooking booking, CancellationToken cancellationToken);

    Task RemoveAsync(string meetingId, string? organisationId, CancellationToken cancellationToken);
}
