using Npgsql;
using PmgBot.Core.Data;

namespace PmgBot.Tests.Storage;

/// <summary>The Npgsql defaults the bot adds (prepared statements, no reset on close) never override what an operator set.</summary>
public sealed class PostgresPoolDefaultsTests
{
    [Theory]
    [InlineData("Host=db;Database=pmgbot;Username=bot", 50, true)]
    [InlineData("Host=db;Database=pmgbot;Max Auto Prepare=0", 0, true)]
    [InlineData("Host=db;Database=pmgbot;MaxAutoPrepare=10", 10, true)]
    [InlineData("Host=db;Database=pmgbot;No Reset On Close=false", 50, false)]
    [InlineData("Host=db;Database=pmgbot;max auto prepare=5;noresetonclose=false", 5, false)]
    public void WithPoolDefaults_ConnectionString_AddsOnlyWhatIsMissing(string given, int maxAutoPrepare, bool noResetOnClose)
    {
        var result = new NpgsqlConnectionStringBuilder(DataServiceCollectionExtensions.WithPoolDefaults(given));

        Assert.Equal(maxAutoPrepare, result.MaxAutoPrepare);
        Assert.Equal(noResetOnClose, result.NoResetOnClose);
        Assert.Equal("db", result.Host);
        Assert.Equal("pmgbot", result.Database);
    }
}
