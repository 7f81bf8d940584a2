using Npgsql;
using PmgBot.Core.Data;

namespace PmgBot.Tests.Storage;

/// <summary>The Npgsql defaults the bot adds (prepared statements, no reset on close, a pool of 20) never override what an operator set.</summary>
public sealed class PostgresPoolDefaultsTests
{
    [Theory]
    [InlineData("Host=db;Database=pmgbot;Username=bot", 50, true, 20)]
    [InlineData("Host=db;Database=pmgbot;Max Auto Prepare=0", 0, true, 20)]
    [InlineData("Host=db;Database=pmgbot;MaxAutoPrepare=10", 10, true, 20)]
    [InlineData("Host=db;Database=pmgbot;No Reset On Close=false", 50, false, 20)]
    [InlineData("Host=db;Database=pmgbot;max auto prepare=5;noresetonclose=false", 5, false, 20)]
    [InlineData("Host=db;Database=pmgbot;Maximum Pool Size=100", 50, true, 100)]
    [InlineData("Host=db;Database=pmgbot;maximum pool size=8", 50, true, 8)]
    [InlineData("Host=db;Database=pmgbot;MaxPoolSize=40", 50, true, 40)]
    public void WithPoolDefaults_ConnectionString_AddsOnlyWhatIsMissing(string given, int maxAutoPrepare, bool noResetOnClose, int maxPoolSize)
    {
        var result = new NpgsqlConnectionStringBuilder(DataServiceCollectionExtensions.WithPoolDefaults(given));

        Assert.Equal(maxAutoPrepare, result.MaxAutoPrepare);
        Assert.Equal(noResetOnClose, result.NoResetOnClose);
        Assert.Equal(maxPoolSize, result.MaxPoolSize);
        Assert.Equal("db", result.Host);
        Assert.Equal("pmgbot", result.Database);
    }
}
