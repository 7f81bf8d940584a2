using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace PmgBot.Core.Data.DesignTime;

/// <summary>
/// Builds <see cref="PostgresPmgDbContext"/> for <c>dotnet ef</c> with the bot's own PostgreSQL configuration.
/// <c>migrations add</c> never connects; <c>migrations list</c> asks the server which migrations it has applied,
/// so it needs the server in <see cref="EnvironmentVariable"/> (default: a local <c>pmgbot</c> database).
/// </summary>
internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresPmgDbContext>
{
    public const string EnvironmentVariable = "PMGBOT_EF_POSTGRES";

    public const string DefaultConnectionString = "Host=127.0.0.1;Port=5432;Database=pmgbot;Username=pmgbot";

    public PostgresPmgDbContext CreateDbContext(string[] args)
    {
        var options = new DatabaseOptions
        {
            Provider = DatabaseProvider.Postgres,
            ConnectionString = DesignTimeSetting.Read(EnvironmentVariable, DefaultConnectionString),
        };
        var builder = new DbContextOptionsBuilder<PostgresPmgDbContext>();
        DataServiceCollectionExtensions.ConfigurePostgres(builder, options);
        return new PostgresPmgDbContext(builder.Options);
    }
}
