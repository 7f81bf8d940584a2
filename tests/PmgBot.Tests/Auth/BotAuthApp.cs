using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PmgBot.Core.Conversations;
using PmgBot.Tests.Integration;
using PmgBot.Tests.Support;

namespace PmgBot.Tests.Auth;

/// <summary>
/// The real bot (<see cref="BotApp"/>, WebApplicationFactory&lt;Program&gt;) configured against a <see cref="LocalIssuer"/>,
/// with the auth log events captured so tests can assert why a request was refused. "Processed" is observed where it
/// matters: calls the bot made to the (recording) connector and conversation references it stored.
/// </summary>
public sealed class BotAuthApp : IAsyncDisposable
{
    public const string AppId = "7d8a1f2e-3b4c-4d5e-8f90-a1b2c3d4e5f6";

    private readonly BotApp _bot;

    private BotAuthApp(BotApp bot, CapturingLoggerProvider logs)
    {
        _bot = bot;
        Logs = logs;
        Client = bot.CreateClient();
    }

    public HttpClient Client { get; }

    public CapturingLoggerProvider Logs { get; }


    /// <summary>Settings of a normal bot (AppId set, anonymous mode off) against <paramref name="issuer"/>.</summary>
    public static Dictionary<string, string?> Settings(LocalIssuer issuer, string? appId = AppId) => new()
    {
        ["Bot:AppId"] = appId,
        ["Bot:AllowAnonymousWithoutAppId"] = "false",
        ["Bot:BotFrameworkOpenIdMetadataUrl"] = issuer.BotFrameworkMetadataUrl,
        ["Bot:EntraOpenIdMetadataUrl"] = issuer.EntraMetadataUrl,
        ["Bot:RequireHttpsMetadata"] = "false",
    };

    public static async Task<BotAuthApp> StartAsync(IDictionary<string, string?> settings, string environment = "Development")
    {
        var bot = new BotApp(environment, settings);
        try
        {
            await bot.StartAsync();
        }
        catch
        {
            bot.Dispose();
            throw;
        }

        return new BotAuthApp(bot, bot.Logs);
    }

    /// <summary>Sends <paramref name="request"/> and waits until every queued turn has been processed.</summary>
    public async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request)
    {
        var response = await Client.SendAsync(request);
        await _bot.WaitForIdleAsync();
        return response;
    }

    /// <summary>
    /// What the bot has done so far: calls to the connector (replies) and stored conversation references. Both only
    /// happen for activities that passed authentication and the channel check.
    /// </summary>
    public async Task<BotWork> WorkAsync() =>
        new(_bot.Connector.Calls.Count, await _bot.QueryAsync(db => db.ConversationReferences.CountAsync()));

    /// <summary>The <c>Reason</c> values of the auth log events with <paramref name="eventId"/>, oldest first.</summary>
    public IReadOnlyList<string> Reasons(int eventId) =>
        [.. Logs.Events.Where(e => e.EventId == eventId).Select(e => e.Values.TryGetValue("Reason", out var r) ? r?.ToString() ?? "" : "")];

    public ValueTask DisposeAsync()
    {
        Client.Dispose();
        _bot.Dispose();
        return ValueTask.CompletedTask;
    }
}
