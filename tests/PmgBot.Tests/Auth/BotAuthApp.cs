using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using PmgBot.Bot.Protocol.Auth;
using PmgBot.Core.Protocol;
using PmgBot.Tests.Support;

namespace PmgBot.Tests.Auth;

/// <summary>
/// A host with AddBotAuthentication and an /api/messages endpoint that mirrors the lead's contract
/// (401 by the scheme, 400 without type, 403 from IBotChannelValidator, else 202 and the activity is recorded).
/// </summary>
public sealed class BotAuthApp : IAsyncDisposable
{
    public const string AppId = "7d8a1f2e-3b4c-4d5e-8f90-a1b2c3d4e5f6";

    private readonly WebApplication _app;
    private readonly ConcurrentQueue<Activity> _processed;

    private BotAuthApp(WebApplication app, ConcurrentQueue<Activity> processed, CapturingLoggerProvider logs)
    {
        _app = app;
        _processed = processed;
        Logs = logs;
        Client = app.GetTestClient();
    }

    public HttpClient Client { get; }

    public CapturingLoggerProvider Logs { get; }

    /// <summary>The <c>Reason</c> values of the auth log events with <paramref name="eventId"/>, oldest first.</summary>
    public IReadOnlyList<string> Reasons(int eventId) =>
        [.. Logs.Events.Where(e => e.EventId == eventId).Select(e => e.Values.TryGetValue("Reason", out var r) ? r?.ToString() ?? "" : "")];

    /// <summary>Activities that passed authentication and the channel check.</summary>
    public IReadOnlyCollection<Activity> Processed => _processed;

    /// <summary>Settings of a normal bot (AppId set) against <paramref name="issuer"/>.</summary>
    public static Dictionary<string, string?> Settings(LocalIssuer issuer, string? appId = AppId) => new()
    {
        ["Bot:AppId"] = appId,
        ["Bot:BotFrameworkOpenIdMetadataUrl"] = issuer.BotFrameworkMetadataUrl,
        ["Bot:EntraOpenIdMetadataUrl"] = issuer.EntraMetadataUrl,
        ["Bot:RequireHttpsMetadata"] = "false",
    };

    public static async Task<BotAuthApp> StartAsync(IDictionary<string, string?> settings, string environment = "Development")
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = environment });
        builder.WebHost.UseTestServer();
        var logs = new CapturingLoggerProvider();
        builder.Logging.ClearProviders().AddProvider(logs).SetMinimumLevel(LogLevel.Debug);
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddBotAuthentication(builder.Configuration, builder.Environment);
        var app = builder.Build();
        var processed = new ConcurrentQueue<Activity>();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapPost("/api/messages", async (HttpContext http, IBotChannelValidator validator) =>
        {
            Activity? activity;
            try
            {
                activity = await JsonSerializer.DeserializeAsync<Activity>(http.Request.Body, ProtocolJson.Options);
            }
            catch (JsonException)
            {
                activity = null;
            }

            if (activity is null || string.IsNullOrWhiteSpace(activity.Type))
            {
                return Results.BadRequest();
            }

            if (!validator.Validate(http.User, activity).Succeeded)
            {
                return Results.StatusCode(StatusCodes.Status403Forbidden);
            }

            processed.Enqueue(activity);
            return Results.StatusCode(StatusCodes.Status202Accepted);
        }).RequireAuthorization(BotAuthDefaults.Policy);
        await app.StartAsync();
        return new BotAuthApp(app, processed, logs);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
