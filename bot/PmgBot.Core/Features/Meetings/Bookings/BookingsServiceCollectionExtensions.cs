using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace PmgBot.Core.Features.Meetings.Bookings;

public static class BookingsServiceCollectionExtensions
{
    /// <summary>
    /// Registers the bookings of the JPP meeting: <see cref="IBookingStore"/> in the bot's database and
    /// <see cref="MeetingBooker"/> (scoped). Needs <c>AddPmgData</c> and an <c>ICalendarGateway</c> (<c>AddGraphCalendar</c>
    /// or <c>AddIcsCalendar</c>). Apart from <c>AddMeetings</c> so that the series and agenda do not depend on the bookings.
    /// </summary>
    public static IServiceCollection AddMeetingBookings(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddScoped<IBookingStore, DatabaseBookingStore>();
        services.TryAddScoped<MeetingBooker>();
        return services;
    }
}
