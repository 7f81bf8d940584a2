using PmgBot.Tests.Integration;
using PmgBot.Tests.Support;
using Xunit.Abstractions;

namespace PmgBot.Tests.Protocol;

/// <summary>
/// The fuzz run of <see cref="EndpointFuzzTests"/> (same seed, the first 1,000 cases) on PostgreSQL, which refuses what
/// SQLite takes (U+0000 in text, values longer than their column): those faults only show here.
/// </summary>
[Collection(PostgresServerCollection.Name)]
public sealed class EndpointFuzzPostgresTests(ITestOutputHelper output, PostgresServer postgres) : BotAppTest
{
    private string? _connectionString;

    protected override BotApp CreateApp()
    {
        var settings = EndpointFuzzTests.Settings();
        settings["Database:Provider"] = "Postgres";
        settings["Database:ConnectionString"] = _connectionString;
        return new BotApp(settings: settings);
    }

    public override async Task InitializeAsync()
    {
        _connectionString = await postgres.CreateDatabaseAsync();
        await base.InitializeAsync();
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await postgres.DropDatabaseAsync(_connectionString!);
    }

    [Fact]
    public async Task Post_OneThousandMalformedActivitiesOnPostgres_NoServerErrorNoFailedTurnAndHostHealthy()
    {
        var fuzzer = new EndpointFuzzer(App, output);

        await fuzzer.RunAsync(EndpointFuzzTests.Seed, 1_000);

        fuzzer.Verify();
    }
}
