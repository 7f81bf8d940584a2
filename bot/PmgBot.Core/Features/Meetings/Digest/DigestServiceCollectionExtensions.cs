using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PmgBot.Core.Features.Meetings.Agenda;
using PmgBot.Core.Features.Meetings.Bookings;

namespace PmgBot.Core.Features.Meetings.Digest;

public static class DigestServiceCollectionExtensions
{
    /// <summary>
    /// Registers the chair's digest: its builder, card, sender (the job's work) and flow, and the bookings it confirms
    /// (<see cref="BookingsServiceCollectionExtensions.AddMeetingBookings"/>). Needs <c>AddMeetings</c>, <c>AddOutbox</c>,
    /// <c>AddCards</c>, <c>AddDirectory</c> and an <c>ICalendarGateway</c>.
    /// </summary>
    public static IServiceCollection AddMeetingDigest(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddMeetingBookings();
        services.TryAddSingleton(_ => new AgendaPlanner());
        services.TryAddSingleton<MeetingDigestCards>();
        services.TryAddScoped<MeetingDigestBuilder>();
        services.TryAddScoped<MeetingDigestSender>();
        services.TryAddScoped<DigestReminderRequests>();
        services.TryAddScoped<DigestReminderSender>();
        services.TryAddScoped<ParticipantWindowNotices>();
        services.TryAddScoped<MeetingDigestFlow>();
        services.TryAddScoped<DigestNowFlow>();
        return services;
    }
}
