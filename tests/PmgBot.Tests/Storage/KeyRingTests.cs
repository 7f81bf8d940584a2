using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Options;
using PmgBot.Core.Data;
using PmgBot.Tests.Support;

namespace PmgBot.Tests.Storage;

/// <summary>
/// The Data Protection key ring is shared: a token protected by one instance of the bot is read by another (on another
/// machine: another content root) and after a restart, because the keys are in the database (or the configured folder)
/// under one application name.
/// </summary>
[Collection(PostgresServerCollection.Name)]
public sealed class KeyRingTests(PostgresServer postgres)
{
    [Theory]
    [MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task AddPmgDataProtection_Database_AnotherInstanceReadsWhatOneProtected(StorageProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, postgres);

        string token;
        await using (var first = Instance(database, "/srv/bot-a"))
        {
            token = first.GetRequiredService<IDataProtectionProvider>().CreateProtector("letters").Protect("brief-17");
        }

        await using var second = Instance(database, "/srv/bot-b");
        Assert.Equal("brief-17", second.GetRequiredService<IDataProtectionProvider>().CreateProtector("letters").Unprotect(token));
        await using var db = database.CreateContext();
        var key = Assert.Single(await ((IDataProtectionKeyContext)db).DataProtectionKeys.ToListAsync());
        Assert.Contains("<key ", key.Xml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddPmgDataProtection_KeyFolder_KeysThereAndSharedNotInTheDatabase()
    {
        await using var database = await TestDatabase.CreateAsync(StorageProvider.Sqlite, postgres);
        var folder = Path.Combine(database.ContentRoot, "keys");
        var settings = new Dictionary<string, string?> { ["DataProtection:KeyFolder"] = folder };

        string token;
        await using (var first = Instance(database, "/srv/bot-a", settings))
        {
            token = first.GetRequiredService<IDataProtectionProvider>().CreateProtector("letters").Protect("brief-17");
        }

        await using var second = Instance(database, "/srv/bot-b", settings);
        Assert.Equal("brief-17", second.GetRequiredService<IDataProtectionProvider>().CreateProtector("letters").Unprotect(token));
        Assert.Single(System.IO.Directory.GetFiles(folder, "key-*.xml"));
        await using var db = database.CreateContext();
        Assert.Equal(0, await ((IDataProtectionKeyContext)db).DataProtectionKeys.CountAsync());
    }

    [Theory]
    [InlineData("DataProtection:ApplicationName", "")]
    [InlineData("DataProtection:ApplicationName", " PmgBot")]
    [InlineData("DataProtection:KeyFolder", "keys")]
    public async Task AddPmgDataProtection_BadSetting_RefusedWhenRead(string key, string value)
    {
        await using var database = await TestDatabase.CreateAsync(StorageProvider.Sqlite, postgres);
        await using var services = Instance(database, "/srv/bot-a", new Dictionary<string, string?> { [key] = value });

        Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<KeyRingOptions>>().Value);
    }

    /// <summary>One instance of the bot as far as the key ring goes: its own container and content root, the shared database.</summary>
    private static ServiceProvider Instance(TestDatabase database, string contentRoot, Dictionary<string, string?>? settings = null)
    {
        var values = new Dictionary<string, string?>
        {
            ["Database:Provider"] = database.Provider == StorageProvider.Postgres ? "Postgres" : "Sqlite",
            ["Database:ConnectionString"] = database.ConnectionString,
        };
        foreach (var (key, value) in settings ?? [])
        {
            values[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(configuration);
        // The database's own content root (a relative SQLite path); the instance's, which Data Protection would otherwise use to tell applications apart.
        services.AddPmgData(configuration, new HostingEnvironment { ContentRootPath = database.ContentRoot, EnvironmentName = Environments.Production });
        services.AddSingleton<IHostEnvironment>(new HostingEnvironment { ContentRootPath = contentRoot, ApplicationName = "PmgBot.Bot", EnvironmentName = Environments.Production });
        services.AddPmgDataProtection(configuration);
        return services.BuildServiceProvider();
    }
}
