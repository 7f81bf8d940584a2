using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PmgBot.Core.Features.Actions.Decisions;
using PmgBot.Core.Features.Actions.Letters;
using PmgBot.Core.Features.Actions.Reminders;
using PmgBot.Core.Features.Actions.Updates;

namespace PmgBot.Core.Features.Actions;

public static class ActionsServiceCollectionExtensions
{
    /// <summary>
    /// Decisions and action items (issue 15): the services (scoped) and their flows. Needs <c>AddPmgData</c>,
    /// <c>AddAudit</c>, <c>AddAccess</c> and <c>AddCards</c>.
    /// </summary>
    public static IServiceCollection AddActions(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddScoped<IDecisionService, DecisionService>();
        services.TryAddScoped<DecisionFlow>();
        services.TryAddScoped<IActionItemService, ActionItemService>();
        services.TryAddScoped<ActionItemCards>();
        services.TryAddScoped<ActionItemCardUpdater>();
        services.TryAddScoped<ActionItemNotifier>();
        services.TryAddScoped<ActionItemFlow>();
        services.AddOptions<ReminderOptions>().BindConfiguration(ReminderOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddScoped<ReminderSweep>();
        // The casusregisseur's letters: the first decision about a youth makes its notificatiebrief task (DecisionFlow sends it).
        services.AddLetters();
        return services;
    }
}
