using PmgBot.Jobs;
using PmgBot.Core.Outbox;
using PmgBot.Core.Register;
using PmgBot.Core.Directory;
using System.Collections.Concurrent;
using PmgBot.Core.Features.Meetings.Bookings;

namespace PmgBot.Tests.Features.Meetings.Bookings;

/// <summary>The booking store as a dictionary, for tests of the booking run itself.</summary>
internal sealed class InMemoryBookingStore : IBookingStore
{
    private readonly ConcurrentDictionary<(string Meeting, string Organisation), StoredBooking> _bookings = new();

    public IReadOnlyList<StoredBooking> All => [.. _bookings.Values];

    public Task<IReadOnlyList<StoredBooking>> ListAsync(string meetingId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<StoredBooking>>([.. _bookings.Where(b => b.Key.Meeting == meetingId).Select(b => b.Value)]);

    public Task SaveAsync(string meetingId, StoredBooking booking, CancellationToken cancellationToken)
    {
        _bookings[(meetingId, booking.OrganisationId ?? "")] = booking;
        return Task.CompletedTask;
    }

    public Task RemoveAsync(string meetingId, string? organisationId, CancellationToken cancellationToken)
    {
        _bookings.TryRemove((meetingId, organisationId ?? ""), out _);
        return Task.CompletedTask;
    }
}
