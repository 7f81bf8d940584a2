using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using PmgBot.Bot.Routing;
using PmgBot.Core.Inbox;
using PmgBot.Core.Turns;

namespace PmgBot.Tests.Integration;

/// <summary>
/// A database outage through the real endpoint: a stored turn that meets it is not answered with an error text but
/// tried again and answered normally once the database is back; a card click during the outage gets a Dutch
/// "nothing was stored, try again" message that leaves the card as it is; a turn that cannot be stored is refused
/// with 503.
/// </summary>
public sealed class DatabaseOutageTests : IAsyncLifetime
{
    private readonly OutageInterceptor _outage = new();
    private BotApp _app = null!;
    private WebApplicationFactoryWithOutage _host = null!;

    public async Task InitializeAsync()
    {
        // One host only: the app with the interceptor (the BotApp itself is never started, its settings are reused).
        _app = new BotApp(settings: new Dictionary<string, string?> { ["Inbox:MaxRetryDelay"] = "00:00:00.500" });
        _host = new WebApplicationFactoryWithOutage(_app, _outage);
        await _host.ImportDirectoryAsync();
    }

    public Task DisposeAsync()
    {
        _host.Dispose();
        _app.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Message_OutageAfterItWasStored_NoErrorTextThenOneNormalAnswerAfterRecovery()
    {
        _outage.InboxStillWrites = true;
        _outage.Down = true;

        using var response = await _host.PostAsync(TestActivities.Message("mijn meldingen"));
        await WaitUntilAsync(() => _outage.Refused >= 3);
        var duringOutage = _app.Connector.Calls.Count;
        _outage.Down = false;
        await WaitUntilAsync(() => _app.Connector.Calls.Count > 0);
        await _host.WaitForIdleAsync();

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal(0, duringOutage);
        var answer = Assert.Single(_app.Connector.Calls);
        Assert.DoesNotContain("Er ging iets mis", answer.AllText, StringComparison.Ordinal);
        Assert.Equal(InboxStatus.Done, await _host.QueryAsync(db => db.InboxTurns.Select(t => t.Status).SingleAsync()));
    }

    [Fact]
    public async Task Message_InboxCannotBeWritten_503AndNothingAnswered()
    {
        _outage.Down = true;

        using var response = await _host.PostAsync(TestActivities.Message("mijn meldingen"));
        using var ready = await _host.Client.GetAsync("/readyz");
        _outage.Down = false;

        Assert.Equal((HttpStatusCode.ServiceUnavailable, HttpStatusCode.ServiceUnavailable), (response.StatusCode, ready.StatusCode));
        Assert.Empty(_app.Connector.Calls);
    }

    [Fact]
    public async Task CardAction_DuringOutage_DutchTryAgainMessageWithStatus200()
    {
        _outage.Down = true;

        using var response = await _host.PostAsync(TestActivities.Invoke("reports.mine"));
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(200, body["statusCode"]!.GetValue<int>());
        Assert.Equal("application/vnd.microsoft.activity.message", body["type"]!.GetValue<string>());
        Assert.Equal(TurnTexts.DatabaseDown, body["value"]!.GetValue<string>());
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        for (var i = 0; i < 500 && !condition(); i++)
        {
            await Task.Delay(10);
        }

        Assert.True(condition());
    }

    /// <summary>The started app with the outage interceptor added to every database context.</summary>
    private sealed class WebApplicationFactoryWithOutage : IDisposable
    {
        private readonly Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> _factory;

        public WebApplicationFactoryWithOutage(BotApp app, OutageInterceptor outage)
        {
            _factory = app.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<IInterceptor>(outage)));
            Client = _factory.CreateClient();
        }

        public HttpClient Client { get; }

        public Task<HttpResponseMessage> PostAsync(JsonObject activity) =>
            Client.PostAsync("/api/messages", new StringContent(activity.ToJsonString(), System.Text.Encoding.UTF8, "application/json"));

        public async Task ImportDirectoryAsync()
        {
            await using var scope = _factory.Services.CreateAsyncScope();
            var importer = scope.ServiceProvider.GetRequiredService<PmgBot.Core.Directory.DirectoryImporter>();
            using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(TestDirectory.Json));
            var result = await importer.ImportAsync(stream, PmgBot.Core.Directory.ImportFormat.Json, CancellationToken.None);
            Assert.True(result.Succeeded, result.Describe());
        }

        public async Task<T> QueryAsync<T>(Func<PmgBot.Core.Data.PmgDbContext, Task<T>> query)
        {
            await using var scope = _factory.Services.CreateAsyncScope();
            return await query(scope.ServiceProvider.GetRequiredService<PmgBot.Core.Data.PmgDbContext>());
        }

        public async Task WaitForIdleAsync()
        {
            var queue = _factory.Services.GetRequiredService<TurnQueue>();
            for (var i = 0; i < 500 && queue.Pending > 0; i++)
            {
                await Task.Delay(10);
            }

            Assert.Equal(0, queue.Pending);
        }

        public void Dispose()
        {
            Client.Dispose();
            _factory.Dispose();
        }
    }
}
