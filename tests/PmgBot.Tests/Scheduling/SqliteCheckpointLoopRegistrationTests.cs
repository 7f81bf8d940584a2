using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PmgBot.Jobs;

namespace PmgBot.Tests.Scheduling;

/// <summary>The SQLite checkpoint loop runs beside SQLite only (PostgreSQL checkpoints itself).</summary>
public sealed class SqliteCheckpointLoopRegistrationTests
{
    [Theory]
    [InlineData(null, true)]
    [InlineData("Sqlite", true)]
    [InlineData("Postgres", false)]
    public void AddSqliteCheckpointLoop_Provider_RegisteredOnlyForSqlite(string? provider, bool expected)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Database:Provider"] = provider })
            .Build();
        var services = new ServiceCollection();

        services.AddSqliteCheckpointLoop(configuration);

        Assert.Equal(expected, services.Any(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType == typeof(PmgBot.Jobs.Data.SqliteCheckpointLoop)));
    }
}
