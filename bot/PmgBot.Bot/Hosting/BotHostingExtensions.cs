using Microsoft.Extensions.Options;
using PmgBot.Bot.Demo;
using PmgBot.Bot.Flows;
using PmgBot.Bot.Letters;
using PmgBot.Bot.Protocol;
using PmgBot.Bot.Protocol.Auth;
using PmgBot.Bot.Routing;
using PmgBot.Cards;
using PmgBot.Core.Access;
using PmgBot.Core.Audit;
using PmgBot.Core.Connector;
using PmgBot.Core.Conversations;
using PmgBot.Core.Data;
using PmgBot.Core.Directory;
using PmgBot.Core.Features.Chair;
using PmgBot.Core.Features.Meetings.Bookings;
using PmgBot.Core.Features.Meetings.Registration;
using PmgBot.Core.Features.Meetings;
using PmgBot.Core.Features.Register;
using PmgBot.Core.Inbox;
using PmgBot.Core.Outbox;
using PmgBot.Core.Threading;
using PmgBot.Core.Turns;
using PmgBot.Graph;
using PmgBot.Jobs;
using PmgBot.Jobs.Scheduling;

namespace PmgBot.Bot.Hosting;

/// <summary>The wiring of the bot, one call per area, so Program.cs stays short.</summary>
public static class BotHostingExtensions
{
    public static WebApplicationBuilder AddPmgBot(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var configuration = builder.Configuration;
        var services = builder.Services;

        if (!builder.Environment.IsDevelopment())
        {
            // Structured (JSON) logs for the platform's log collector; messages never carry personal data.
            builder.Logging.ClearProviders().AddJsonConsole();
        }

        services.AddSingleton(TimeProvider.System);
        services.AddBotAuthentication(configuration, builder.Environment);
        services.AddPmgData(configuration, builder.Environment);
        services.AddPmgDataProtection(configuration);
        services.AddAudit();
        services.AddAccess(configuration);
        services.AddRegister();
        services.AddYouthRecords();
        services.AddDirectory();
        services.AddConnector(configuration);
        services.AddGraphCalendar(configuration);
        services.AddMeetings();
        services.AddMeetingBookings();
        services.AddConversationReferences();
        services.AddOutbox();
        services.AddPmgJobs(configuration);
        services.AddSqliteCheckpointLoop(configuration);
        services.AddPmgScheduledJobs(configuration);
        services.AddCards();
        services.AddDemo(configuration);
        services.AddBotProtocol();
        services.AddFlows();
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: ["ready"]);
        return builder;
    }

    public static IServiceCollection AddBotProtocol(this IServiceCollection services)
    {
        services.AddOptions<BotEndpointOptions>().BindConfiguration(BotEndpointOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<ActivityDeduplicator>();
        services.AddInboxRecovery();
        services.AddSingleton<TurnQueue>();
        services.AddSingleton<ITurnIntake, RecoveredTurnIntake>();
        services.AddSingleton<TurnReplies>();
        services.AddSingleton<TurnRetries>();
        services.AddSingleton<TurnProcessor>();
        services.AddSingleton<ActivityEndpoint>();
        services.AddSingleton(sp => BotRoutes.Create(sp.GetRequiredService<IHostEnvironment>().IsDevelopment()));
        services.AddHostedService<TurnWorker>();
        return services;
    }

    /// <summary>Applies migrations and seeds the demo data when configured. Runs before the endpoint opens.</summary>
    public static async Task InitialisePmgBotAsync(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        await app.Services.MigratePmgDatabaseAsync(app.Lifetime.ApplicationStopping).ConfigureAwait(false);
        await app.Services.SeedDemoDataAsync(app.Lifetime.ApplicationStopping).ConfigureAwait(false);
    }

    public static WebApplication MapPmgBot(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (app.Services.GetRequiredService<IOptions<BotEndpointOptions>>().Value.ServerTimingHeader)
        {
            app.UseMiddleware<ServerTimingMiddleware>();
        }

        app.UseAuthentication();
        app.UseAuthorization();
        app.MapPost("/api/messages", (HttpContext http, ActivityEndpoint endpoint) => endpoint.HandleAsync(http))
            .RequireAuthorization(BotAuthDefaults.Policy);
        // The casusregisseur's draft letters: a personal link of 15 minutes, for the signed-in user it names.
        app.MapLetterDownloads();
        app.MapHealthChecks("/healthz", new() { Predicate = _ => false });
        app.MapHealthChecks("/readyz", new() { Predicate = check => check.Tags.Contains("ready") });
        app.MapPmgJobDashboard();
        return app;
    }
}
