using PmgBot.Core.Features.Actions;
using PmgBot.Core.Features.Chair;
using PmgBot.Core.Features.Directory;
using PmgBot.Core.Features.Meetings.Digest;
using PmgBot.Core.Features.Register;
using PmgBot.Core.Features.Reports;
using PmgBot.Core.Features.Screening;
using PmgBot.Core.Features.Welcome;

namespace PmgBot.Bot.Flows;

public static class FlowServiceCollectionExtensions
{
    /// <summary>Registers every flow (one class per flow, resolved per turn) and their options.</summary>
    public static IServiceCollection AddFlows(this IServiceCollection services)
    {
        services.AddOptions<PrivacyOptions>().BindConfiguration(PrivacyOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<MenuCardCache>();
        services.AddScoped<WelcomeFlow>();
        services.AddScoped<AccessRefusalFlow>();
        services.AddScoped<MenuFlow>();
        services.AddScoped<MyDetailsFlow>();
        services.AddScoped<PrivacyFlow>();
        services.AddScoped<NetworkOverviewFlow>();
        services.AddScoped<RoleSwitchFlow>();
        services.AddScoped<GroupChatFlow>();
        // Youth register — lookup
        services.AddSingleton<YouthCards>();
        services.AddScoped<YouthAnswerer>();
        services.AddScoped<LookupFlow>();
        services.AddScoped<MyCasesFlow>();

        // Youth register — chair actions
        services.AddScoped<ChairFlow>();
        services.AddScoped<CasusregisseurNotice>();

        // Reports (issue 3, report flow)
        services.AddScoped<PersonalFallbackFlow>();
        services.AddSingleton<PmgBot.Core.Features.Welcome.Intents.IntentRecognizer>();
        services.AddReportFlows();

        // Screening (issue 3): matching, match and screening notices, the chair's screening flow
        services.AddScreening();

        // JPP meetings (issue 14): the chair's digest and the bookings it confirms (also the digest job's work)
        services.AddMeetingDigest();
        // After the meeting (issue 15): decisions and action items
        services.AddActions();
        return services;
    }
}
