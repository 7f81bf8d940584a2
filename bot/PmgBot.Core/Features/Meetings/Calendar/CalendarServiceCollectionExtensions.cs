using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace PmgBot.Core.Features.Meetings.Calendar;

public static class CalendarServiceCollectionExtensions
{
    /// <summary>
    /// Registers the embedded .ics fallback as the <see cref="ICalendarGateway"/> (options <c>Calendar</c>, checked at
    /// start). PmgBot.Graph's <c>AddGraphCalendar</c> calls this when there are no Graph settings.
    /// </summary>
    public static IServiceCollection AddIcsCalendar(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<CalendarOptions>().BindConfiguration(CalendarOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IcsFolder>();
        services.TryAddSingleton<IcsCalendarGateway>();
        services.TryAddSingleton<ICalendarGateway>(sp => sp.GetRequiredService<IcsCalendarGateway>());
        return services;
    }
}
