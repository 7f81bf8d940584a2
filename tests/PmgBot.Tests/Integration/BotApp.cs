using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PmgBot.Bot.Routing;
using PmgBot.Core.Audit;
using PmgBot.Core.Connector;
using PmgBot.Core.Data;
using PmgBot.Core.Directory;
using PmgBot.Core.Outbox;
using PmgBot.Core.Register;
using PmgBot.Tests.Auth;

namespace PmgBot.Tests.Integration;

/// <summary>
/// The real bot (Program) in-process through WebApplicationFactory, on its own SQLite file, in anonymous local
/// mode (explicitly allowed, no app id), with the connector replaced by <see cref="RecordingConnector"/>.
/// </summary>
public sealed class BotApp : WebApplicationFactory<Program>
{
    private readonly string _folder = Directory.CreateTempSubdirectory("pmgbot-it-").FullName;
    private readonly string _environment;
    private readonly Dictionary<string, string?> _settings;

    public BotApp(string environment = "Development", IDictionary<string, string?>? settings = null)
    {
        _environment = environment;
        _settings = new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["Database:ConnectionString"] = $"Data Source={Path.Combine(_folder, "bot.db")}",
            ["Bot:AppId"] = "",
            ["Bot:AllowAnonymousWithoutAppId"] = "true",
            ["Connector:CredentialType"] = "None",
            ["Access:AllowedTenantIds:0"] = TestActivities.Tenant,
            ["Demo:Seed"] = "false",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            _settings[key] = value;
        }
    }

    public RecordingConnector Connector { get; } = new();

    /// <summary>The client address of every request (the in-memory test server sets none); set before the app starts.</summary>
    public System.Net.IPAddress? RemoteAddress { get; set; }

    /// <summary>More services for the test (e.g. a sign-in scheme), added after the app's own; set before the app starts.</summary>
    public Action<IServiceCollection>? TestServices { get; init; }

    /// <summary>Every log event of the host from its start (Information and up, as configured).</summary>
    public CapturingLoggerProvider Logs { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(_environment);
        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            services.AddHttpClient(ConnectorOptions.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => Connector);
            if (RemoteAddress is { } remote)
            {
                services.AddTransient<IStartupFilter>(_ => new RemoteAddressStartupFilter(remote));
            }

            TestServices?.Invoke(services);
        });
    }

    /// <summary>Starts the app (in-memory test server, or Kestrel after <c>UseKestrel</c>) and imports <see cref="TestDirectory"/>.</summary>
    public async Task<BotApp> StartAsync()
    {
        StartServer();
        await using var scope = Services.CreateAsyncScope();
        var importer = scope.ServiceProvider.GetRequiredService<DirectoryImporter>();
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(TestDirectory.Json));
        var result = await importer.ImportAsync(stream, ImportFormat.Json, CancellationToken.None);
        Assert.True(result.Succeeded, result.Describe());
        return this;
    }

    public Task<HttpResponseMessage> PostAsync(JsonObject activity) =>
        CreateClient().PostAsJsonAsync("/api/messages", activity);

    public Task<HttpResponseMessage> PostRawAsync(string body) =>
        CreateClient().PostAsync("/api/messages", new StringContent(body, Encoding.UTF8, "application/json"));

    /// <summary>Posts <paramref name="body"/> byte for byte (it may be invalid UTF-8) with the given content type (none when null).</summary>
    public Task<HttpResponseMessage> PostBytesAsync(byte[] body, string? contentType = "application/json")
    {
        var content = new ByteArrayContent(body);
        if (contentType is not null)
        {
            content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        }

        return CreateClient().PostAsync("/api/messages", content);
    }

    /// <summary>Posts and waits until every queued turn has been processed.</summary>
    public async Task<HttpResponseMessage> PostAndWaitAsync(JsonObject activity)
    {
        var response = await PostAsync(activity);
        await WaitForIdleAsync();
        return response;
    }

    public async Task WaitForIdleAsync()
    {
        var queue = Services.GetRequiredService<TurnQueue>();
        for (var i = 0; i < 500 && queue.Pending > 0; i++)
        {
            await Task.Delay(10);
        }

        Assert.Equal(0, queue.Pending);
    }

    /// <summary>
    /// Waits until the scheduled jobs' runs at start are over (each recurring job has run once and none is queued or
    /// running): tests that count SQL statements or connector calls must not see a job's work in their own.
    /// </summary>
    public async Task WaitForStartJobsAsync()
    {
        var storage = Services.GetRequiredService<Hangfire.JobStorage>();
        bool Idle()
        {
            using var connection = storage.GetConnection();
            var monitoring = storage.GetMonitoringApi();
            var recurring = Hangfire.Storage.StorageConnectionExtensions.GetRecurringJobs(connection);
            return recurring.Count > 0 && recurring.All(r => r.LastExecution is not null)
                && monitoring.ProcessingCount() == 0 && monitoring.Queues().All(q => q.Length == 0);
        }

        for (var i = 0; i < 600 && !Idle(); i++)
        {
            await Task.Delay(50);
        }

        Assert.True(Idle(), "The scheduled jobs' runs at start did not finish.");
    }

    /// <summary>Waits until the outbox has sent every message that is due (replies deferred by Teams' limits among them).</summary>
    public async Task WaitForOutboxAsync()
    {
        Task<int> Due() => QueryAsync(db => db.OutboxMessages.CountAsync(m =>
            m.Status == PmgBot.Core.Outbox.OutboxStatus.Sending
            || (m.Status == PmgBot.Core.Outbox.OutboxStatus.Pending && m.NextAttemptAtUtc <= DateTime.UtcNow.AddSeconds(2))));
        var due = await Due();
        for (var i = 0; i < 1000 && due > 0; i++)
        {
            await Task.Delay(10);
            due = await Due();
        }

        Assert.Equal(0, due);
    }

    /// <summary>Waits until the follow-up job (matching, notices, alerts) has run every stored report.</summary>
    public async Task WaitForReportFollowUpsAsync()
    {
        var waiting = await QueryAsync(db => db.Reports.CountAsync(r => r.FollowUpDueAtUtc != null));
        for (var i = 0; i < 1000 && waiting > 0; i++)
        {
            await Task.Delay(10);
            waiting = await QueryAsync(db => db.Reports.CountAsync(r => r.FollowUpDueAtUtc != null));
        }

        Assert.Equal(0, waiting);
    }

    public async Task<T> QueryAsync<T>(Func<PmgDbContext, Task<T>> query)
    {
        await using var scope = Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<PmgDbContext>());
    }

    public Task<int> CountAuditAsync(string action) => QueryAsync(db => db.AuditEvents.CountAsync(a => a.Action == action));

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Connector.Dispose();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(_folder, recursive: true);
            }
            catch (IOException)
            {
                // A file still held open by a background thread is cleaned with the temp folder later.
            }
        }
    }
}
