using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace PmgBot.Core.Features.Actions.Letters;

public static class LettersServiceCollectionExtensions
{
    /// <summary>
    /// The letters of issue 15: settings <c>Letters</c> (checked at start), Data Protection for the link tokens (the key
    /// ring's storage is the host's choice), the writer, the task service, its card, notifier, flow and the download.
    /// Needs <c>AddPmgData</c>, <c>AddAudit</c>, <c>AddAccess</c>, <c>AddDirectory</c>, <c>AddOutbox</c>, <c>AddCards</c> and the
    /// conversation references (<c>RecipientLanguages</c>, <c>IConversationReferenceStore</c>).
    /// </summary>
    public static IServiceCollection AddLetters(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<LetterOptions>().BindConfiguration(LetterOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<LetterOptions>, LetterOptionsValidator>());
        services.AddDataProtection();
        services.TryAddSingleton<LetterLinks>();
        services.TryAddSingleton<LetterTemplates>();
        services.TryAddSingleton<LetterWriter>();
        services.TryAddScoped<LetterTaskCards>();
        services.TryAddScoped<LetterTaskService>();
        services.TryAddScoped<LetterTaskNotifier>();
        services.TryAddScoped<LetterTaskCardUpdater>();
        services.TryAddScoped<LetterDownloads>();
        services.TryAddScoped<LetterFlow>();
        return services;
    }
}
