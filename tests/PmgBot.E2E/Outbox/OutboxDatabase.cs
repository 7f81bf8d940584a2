using PmgBot.Tests.Support;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PmgBot.Core.Connector;
using PmgBot.Core.Data;
using PmgBot.Core.Outbox;
using PmgBot.Core.Protocol;
using PmgBot.E2E.Support;

namespace PmgBot.E2E.Outbox;

/// <summary>
/// The bot's SQLite database seen from the test process, through Core's own registration (<c>AddPmgData</c>,
/// <c>AddOutbox</c>): the test enqueues like the bot would and reads the outbox rows.
/// </summary>
public sealed class OutboxDatabase : IAsyncDisposable
{
    private readonly IHost _host;
    private readonly EnqueueClock _clock = new();

    public OutboxDatabase(string databasePath)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            DisableDefaults = true,
            EnvironmentName = Environments.Production,
            ContentRootPath = Path.GetDirectoryName(databasePath),
        });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["Database:ConnectionString"] = $"Data Source={databasePath}",
            ["Connector:CredentialType"] = "None",
        });
        builder.Services.AddLogging();
        builder.Services.AddSingleton<TimeProvider>(_clock);
        builder.Services.AddPmgData(builder.Configuration, builder.Environment);
        builder.Services.AddConnector(builder.Configuration);
        builder.Services.AddOutbox();
        _host = builder.Build();
    }

    /// <summary>Enqueues a message whose <c>channelData</c> carries <paramref name="marker"/> for the fake connector.</summary>
    public async Task<Guid> EnqueueAsync(string serviceUrl, string conversationId, string marker)
    {
        await using var scope = _host.Services.CreateAsyncScope();
        return await EnqueueAsync(scope.ServiceProvider, serviceUrl, conversationId, marker);
    }

    /// <summary>
    /// Enqueues several messages in one transaction with one creation time, so a dispatcher sees all of them due at once
    /// (with the system clock, a poll between two inserts' timestamps would find only the first one due).
    /// </summary>
    public async Task EnqueueAllAsync(string serviceUrl, IEnumerable<(string ConversationId, string Marker)> messages)
    {
        using var frozen = _clock.Freeze();
        await using var scope = _host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PmgDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync();
        foreach (var (conversationId, marker) in messages)
        {
            await EnqueueAsync(scope.ServiceProvider, serviceUrl, conversationId, marker);
        }

        await transaction.CommitAsync();
    }

    private static async Task<Guid> EnqueueAsync(IServiceProvider services, string serviceUrl, string conversationId, string marker)
    {
        var target = new ConversationReference(serviceUrl, conversationId, "tenant-e2e", null, null, "28:bot", "msteams", ConversationTypes.Personal);
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Text = "Herinnering",
            ChannelData = JsonSerializer.SerializeToElement(new Dictionary<string, string> { [FakeConnectorServer.MarkerProperty] = marker }),
        };
        return await services.GetRequiredService<IOutbox>().EnqueueAsync(target, activity, marker, CancellationToken.None);
    }

    public async Task<IReadOnlyList<OutboxMessage>> RowsAsync()
    {
        await using var scope = _host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PmgDbContext>().OutboxMessages.AsNoTracking().ToListAsync();
    }

    public async ValueTask DisposeAsync()
    {
        _host.Dispose();
        await Task.CompletedTask;
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }
}
