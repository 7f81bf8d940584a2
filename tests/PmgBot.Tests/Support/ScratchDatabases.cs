using Microsoft.Data.Sqlite;
using PmgBot.Tests.Storage;

namespace PmgBot.Tests.Support;

/// <summary>
/// The throw-away databases and content root of a test class that builds whole service containers per provider: a
/// SQLite file under the content root or a fresh PostgreSQL database, all removed when the class is done.
/// </summary>
public sealed class ScratchDatabases(PostgresServer postgres, string prefix) : IAsyncDisposable
{
    private readonly List<string> _postgresDatabases = [];

    public string ContentRoot { get; } = Path.Combine(Path.GetTempPath(), $"pmgbot-{prefix}-" + Guid.NewGuid().ToString("N")[..10]);

    public async Task<string> ConnectionStringAsync(StorageProvider provider)
    {
        if (provider == StorageProvider.Postgres)
        {
            var connectionString = await postgres.CreateDatabaseAsync();
            _postgresDatabases.Add(connectionString);
            return connectionString;
        }

        return $"Data Source=data/{prefix}-{Guid.NewGuid():N}.db";
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var connectionString in _postgresDatabases)
        {
            await postgres.DropDatabaseAsync(connectionString);
        }

        SqliteConnection.ClearAllPools();
        if (Directory.Exists(ContentRoot))
        {
            Directory.Delete(ContentRoot, recursive: true);
        }
    }
}
