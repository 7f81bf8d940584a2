using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PmgBot.Core.Directory;
using PmgBot.Core.Features.Meetings.AgendaItems;
using PmgBot.Core.Features.Meetings.Series;
using PmgBot.Core.Features.Meetings.Series.Import;

namespace PmgBot.Core.Features.Meetings.Registration;

/// <summary>The feature's registration, in a namespace of its own above the feature's parts (which use the feature's shared types).</summary>
public static class MeetingsServiceCollectionExtensions
{
    /// <summary>
    /// Registers the meeting series planner and the agenda of a meeting (scoped; options <c>Meetings</c>, checked at
    /// start) and the directory import's <c>meetingSeries</c> section. Needs <c>AddPmgData</c>, <c>AddAudit</c> and <c>AddAccess</c>.
    /// </summary>
    public static IServiceCollection AddMeetings(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<MeetingOptions>().BindConfiguration(MeetingOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddScoped<MeetingSeriesPlanner>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IMeetingHandover, AgendaTransfer>());
        services.TryAddScoped<MeetingAgendaBuilder>();
        services.TryAddScoped<IMeetingAgendaService, MeetingAgendaService>();
        services.AddMeetingSeriesImport();
        return services;
    }

    /// <summary>The directory import's <c>meetingSeries</c> section (<see cref="IDirectoryImportSection"/>); also for hosts without the rest (the import command).</summary>
    public static IServiceCollection AddMeetingSeriesImport(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IDirectoryImportSection, MeetingSeriesImportSection>());
        return services;
    }
}
