using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using PmgBot.Core.Data;

namespace PmgBot.E2E.Support;

/// <summary>
/// The running bot's SQLite database read from the test process through Core's own model (<c>AddPmgData</c>), for
/// what the Playground cannot show: the bookings the bot stored, its outbox to other users' chats.
/// </summary>
public sealed class BotDatabase : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    public BotDatabase(string databasePath)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Database:Provider"] = "Sqlite",
                ["Database:ConnectionString"] = $"Data Source={databasePath}",
            })
            .Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddPmgData(configuration, new HostingEnvironment
        {
            ContentRootPath = Path.GetDirectoryName(databasePath)!,
            EnvironmentName = Environments.Production,
        });
        _services = services.BuildServiceProvider();
    }

    public async Task<T> QueryAsync<T>(Func<PmgDbContext, Task<T>> query)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var scope = _services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<PmgDbContext>());
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        SqliteConnection.ClearAllPools();
    }
}
