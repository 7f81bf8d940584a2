using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace PmgBot.Core.Data.DesignTime;

/// <summary>
/// Builds <see cref="SqlitePmgDbContext"/> for <c>dotnet ef</c> (migrations add/list/script) with the bot's own
/// SQLite configuration, so generated migrations see exactly the runtime model. The connection string comes from
/// <see cref="EnvironmentVariable"/>; by default an in-memory database, so the commands need no file and touch none.
/// </summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqlitePmgDbContext>
{
    public const string EnvironmentVariable = "PMGBOT_EF_SQLITE";

    public const string DefaultConnectionString = "Data Source=:memory:";

    public SqlitePmgDbContext CreateDbContext(string[] args)
    {
        var options = new DatabaseOptions
        {
            Provider = DatabaseProvider.Sqlite,
            ConnectionString = DesignTimeSetting.Read(EnvironmentVariable, DefaultConnectionString),
        };
        var builder = new DbContextOptionsBuilder<SqlitePmgDbContext>();
        DataServiceCollectionExtensions.ConfigureSqlite(builder, options, System.IO.Directory.GetCurrentDirectory());
        return new SqlitePmgDbContext(builder.Options);
    }
}
