using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using PmgBot.Bot.Demo;
using PmgBot.Core.Directory;
using PmgBot.Tests.Storage;
using PmgBot.Tests.Support;

namespace PmgBot.Tests.DirectoryTests;

/// <summary>The demo file bot/PmgBot.Bot/Demo/demo-directory.json (copied next to the tests) and the seeder.</summary>
[Collection(PostgresServerCollection.Name)]
public sealed class DemoDirectoryTests(PostgresServer postgres)
{
    private const string PlaygroundUser = "00000000-0000-0000-0000-0000000000020";
    private static readonly string DemoFile = Path.Combine(AppContext.BaseDirectory, "Demo", "demo-directory.json");

    [Theory]
    [MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task DemoFile_Import_SucceedsWithParkstadRegion(StorageProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, postgres);

        var result = await DirectoryFiles.ImportAsync(database, await File.ReadAllTextAsync(DemoFile));

        Assert.True(result.Succeeded, result.Describe());
        await using var context = database.CreateContext();
        Assert.Equal(
            ["Beekdaelen", "Brunssum", "Heerlen", "Kerkrade", "Landgraaf", "Simpelveld", "Voerendaal"],
            await context.Municipalities.OrderBy(m => m.Name).Select(m => m.Name).ToListAsync());
        var jpps = await context.Jpps.ToListAsync();
        Assert.Equal(7, jpps.Count);
        Assert.Equal(7, jpps.Select(j => j.MunicipalityId).Distinct().Count());
        var professionals = await context.Professionals.Include(p => p.Jpps).ToListAsync();
        Assert.InRange(professionals.Count, 25, 40);
        foreach (var role in RoleNames.All)
        {
            Assert.Contains(professionals, p => p.Active && p.Roles.HasFlag(role));
        }

        foreach (var jpp in jpps)
        {
            Assert.Contains(professionals, p => p.Active && p.Roles.HasFlag(Roles.Voorzitter) && p.Jpps.Any(j => j.JppId == jpp.Id));
        }

        Assert.All(professionals, p => Assert.EndsWith(".example", p.Email, StringComparison.Ordinal));
        Assert.All(professionals, p => Assert.StartsWith("06-12345", p.Phone, StringComparison.Ordinal));
        Assert.True(await context.Organisations.CountAsync(o => o.Kind == "school") >= 2);
    }

    [Fact]
    public async Task DemoFile_PlaygroundDefaultUser_IsSchoolSafetyCoordinatorInJppHeerlen()
    {
        await using var database = await TestDatabase.CreateAsync(StorageProvider.Sqlite, postgres);
        Assert.True((await DirectoryFiles.ImportAsync(database, await File.ReadAllTextAsync(DemoFile))).Succeeded);
        await using var scope = database.CreateScope();

        var alex = await scope.ServiceProvider.GetRequiredService<IProfessionalDirectory>().FindAsync(PlaygroundUser, CancellationToken.None);

        Assert.NotNull(alex);
        Assert.Equal(("Alex Wilber", Roles.Melder | Roles.DeelnemerJpp, true), (alex.DisplayName, alex.Roles, alex.Active));
        Assert.Equal("school", (await database.CreateContext().Organisations.SingleAsync(o => o.Id == alex.OrganisationId)).Kind);
        Assert.Equal("JPP Heerlen", Assert.Single(alex.Jpps).JppName);
    }

    [Fact]
    public async Task SeedAsync_Enabled_ImportsOnceIntoEmptyDirectory()
    {
        await using var database = await TestDatabase.CreateAsync(StorageProvider.Sqlite, postgres);

        Assert.True(await SeedAsync(database, seed: true));
        Assert.False(await SeedAsync(database, seed: true));

        await using var context = database.CreateContext();
        Assert.InRange(await context.Professionals.CountAsync(), 25, 40);
    }

    [Fact]
    public async Task SeedAsync_Disabled_StoresNothing()
    {
        await using var database = await TestDatabase.CreateAsync(StorageProvider.Sqlite, postgres);

        Assert.False(await SeedAsync(database, seed: false));

        await using var context = database.CreateContext();
        Assert.Equal(0, await context.Professionals.CountAsync());
    }

    [Fact]
    public async Task SeedAsync_DirectoryAlreadyFilled_LeavesItAlone()
    {
        await using var database = await TestDatabase.CreateAsync(StorageProvider.Sqlite, postgres);
        Assert.True((await DirectoryFiles.ImportAsync(database, DirectoryFiles.WithProfessionals(DirectoryFiles.Professional("a", "Anna A")))).Succeeded);

        Assert.False(await SeedAsync(database, seed: true));

        await using var context = database.CreateContext();
        Assert.Equal("a", (await context.Professionals.SingleAsync()).AadObjectId);
    }

    private static async Task<bool> SeedAsync(TestDatabase database, bool seed)
    {
        await using var scope = database.CreateScope();
        var environment = new HostingEnvironment { ContentRootPath = Path.GetTempPath(), EnvironmentName = Environments.Development, ApplicationName = "PmgBot.Tests" };
        var seeder = new DemoSeeder(
            Options.Create(new DemoOptions { Seed = seed }),
            scope.ServiceProvider.GetRequiredService<IProfessionalDirectory>(),
            scope.ServiceProvider.GetRequiredService<DirectoryImporter>(),
            environment,
            NullLogger<DemoSeeder>.Instance);
        return await seeder.SeedAsync(CancellationToken.None);
    }
}
