using System.Security.Cryptography;
using System.Text;

namespace PmgBot.Core.Features.Meetings.Bookings;

/// <summary>
/// Graph's <c>transactionId</c> of a create: the same for the same meeting, agenda version and organisation, so a
/// create sent again after a crash or a lost answer finds the event made the first time instead of making a second.
/// </summary>
public static class BookingTransactionIds
{
    public static string For(string meetingId, int agendaVersion, string? organisationId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(meetingId);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"pmgbot|{meetingId}|{agendaVersion}|{organisationId ?? "meeting"}"));
        return new Guid(hash.AsSpan(0, 16)).ToString("D");
    }
}
