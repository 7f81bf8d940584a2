using Microsoft.Extensions.DependencyInjection;
using PmgBot.Core.Directory;
using PmgBot.Tests.Storage;
using PmgBot.Tests.Support;

namespace PmgBot.Tests.DirectoryTests;

[Collection(PostgresServerCollection.Name)]
public sealed class ProfessionalDirectoryTests(PostgresServer postgres)
{
    [Theory]
    [MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task FindAsync_KnownId_ReturnsProfileWithOrganisationAndJpps(StorageProvider provider)
    {
        await using var database = await SeededAsync(provider);
        await using var scope = database.CreateScope();
        var directory = scope.ServiceProvider.GetRequiredService<IProfessionalDirectory>();

        var profile = await directory.FindAsync(" A ", CancellationToken.None);

        Assert.NotNull(profile);
        Assert.Equal(("a", "Anna A", "anna.a@test.example", "06-12345678"), (profile.AadObjectId, profile.DisplayName, profile.Email, profile.Phone));
        Assert.Equal(("politie", "Politie basisteam", Roles.Melder | Roles.DeelnemerJpp, true),
            (profile.OrganisationId, profile.OrganisationName, profile.Roles, profile.Active));
        Assert.Equal(
            [new JppMembership("jpp-heerlen", "JPP Heerlen", "heerlen", "Heerlen"), new JppMembership("jpp-kerkrade", "JPP Kerkrade", "kerkrade", "Kerkrade")],
            profile.Jpps);
    }

    [Theory]
    [InlineData("onbekend")]
    [InlineData("")]
    public async Task FindAsync_UnknownId_ReturnsNull(string id)
    {
        await using var database = await SeededAsync(StorageProvider.Sqlite);
        await using var scope = database.CreateScope();

        Assert.Null(await scope.ServiceProvider.GetRequiredService<IProfessionalDirectory>().FindAsync(id, CancellationToken.None));
    }

    [Theory]
    [MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task GetOverviewAsync_Directory_CountsActiveProfessionalsPerOrganisationAndJpp(StorageProvider provider)
    {
        await using var database = await SeededAsync(provider);
        await using var scope = database.CreateScope();

        var overview = await scope.ServiceProvider.GetRequiredService<IProfessionalDirectory>().GetOverviewAsync(CancellationToken.None);

        Assert.Equal(3, overview.ActiveProfessionals);
        Assert.Equal(1, overview.InactiveProfessionals);
        Assert.Equal([new OrganisationCount("politie", "Politie basisteam", 2), new OrganisationCount("school", "Testschool (fictief)", 1)], overview.PerOrganisation);
        Assert.Equal([new JppCount("jpp-heerlen", "JPP Heerlen", 2), new JppCount("jpp-kerkrade", "JPP Kerkrade", 2)], overview.PerJpp);
    }

    [Fact]
    public async Task ListJppMembersAsync_Jpp_ReturnsActiveMembersByName()
    {
        await using var database = await SeededAsync(StorageProvider.Sqlite);
        await using var scope = database.CreateScope();

        var members = await scope.ServiceProvider.GetRequiredService<IProfessionalDirectory>().ListJppMembersAsync("jpp-kerkrade", CancellationToken.None);

        Assert.Equal(["Anna A", "Carla C"], members.Select(m => m.DisplayName));
    }

    [Theory]
    [MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task FindJppNameAsync_KnownAndUnknownJpp_NameOrNull(StorageProvider provider)
    {
        await using var database = await SeededAsync(provider);
        await using var scope = database.CreateScope();
        var directory = scope.ServiceProvider.GetRequiredService<IProfessionalDirectory>();

        Assert.Equal("JPP Kerkrade", await directory.FindJppNameAsync("jpp-kerkrade", CancellationToken.None));
        Assert.Equal("JPP Heerlen", await directory.FindJppNameAsync("jpp-heerlen", CancellationToken.None));
        Assert.Null(await directory.FindJppNameAsync("jpp-onbekend", CancellationToken.None));
    }

    [Theory]
    [MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task ListMunicipalitiesAsync_Directory_ByNameWithTheirJpp(StorageProvider provider)
    {
        await using var database = await SeededAsync(provider);
        await using var scope = database.CreateScope();

        var municipalities = await scope.ServiceProvider.GetRequiredService<IProfessionalDirectory>().ListMunicipalitiesAsync(CancellationToken.None);

        Assert.Equal([new MunicipalityOption("heerlen", "Heerlen", "jpp-heerlen"), new MunicipalityOption("kerkrade", "Kerkrade", "jpp-kerkrade")], municipalities);
    }

    [Fact]
    public async Task FindJppNameAsync_JppRenamedByAnImport_NewNameAtOnce()
    {
        await using var database = await SeededAsync(StorageProvider.Sqlite);
        await using var scope = database.CreateScope();
        var directory = scope.ServiceProvider.GetRequiredService<IProfessionalDirectory>();
        Assert.Equal("JPP Heerlen", await directory.FindJppNameAsync("jpp-heerlen", CancellationToken.None));

        var renamed = DirectoryFiles.WithProfessionals(DirectoryFiles.Professional("a", "Anna A"))
            .Replace("\"name\": \"JPP Heerlen\"", "\"name\": \"JPP Heerlen-Centrum\"", StringComparison.Ordinal);
        Assert.True((await DirectoryFiles.ImportAsync(database, renamed)).Succeeded);

        Assert.Equal("JPP Heerlen-Centrum", await directory.FindJppNameAsync("jpp-heerlen", CancellationToken.None));
    }

    [Fact]
    public async Task IsEmptyAsync_BeforeAndAfterImport_ChangesOnce()
    {
        await using var database = await TestDatabase.CreateAsync(StorageProvider.Sqlite, postgres);
        await using var scope = database.CreateScope();
        var directory = scope.ServiceProvider.GetRequiredService<IProfessionalDirectory>();
        Assert.True(await directory.IsEmptyAsync(CancellationToken.None));

        await DirectoryFiles.ImportAsync(database, DirectoryFiles.WithProfessionals(DirectoryFiles.Professional("a", "Anna A")));

        Assert.False(await directory.IsEmptyAsync(CancellationToken.None));
    }

    /// <summary>Anna (politie, both JPPs), Bram (politie, Heerlen), Carla (school, Kerkrade), Dirk (politie, Heerlen, inactive).</summary>
    private async Task<TestDatabase> SeededAsync(StorageProvider provider)
    {
        var database = await TestDatabase.CreateAsync(provider, postgres);
        var first = await DirectoryFiles.ImportAsync(database, DirectoryFiles.WithProfessionals(
            DirectoryFiles.Professional("a", "Anna A", roles: "\"melder\", \"deelnemer JPP\"", jpps: "\"jpp-kerkrade\", \"jpp-heerlen\""),
            DirectoryFiles.Professional("b", "Bram B"),
            DirectoryFiles.Professional("c", "Carla C", organisation: "school", jpps: "\"jpp-kerkrade\""),
            DirectoryFiles.Professional("d", "Dirk D")));
        Assert.True(first.Succeeded, first.Describe());
        var second = await DirectoryFiles.ImportAsync(database, DirectoryFiles.WithProfessionals(
            DirectoryFiles.Professional("a", "Anna A", roles: "\"melder\", \"deelnemer JPP\"", jpps: "\"jpp-kerkrade\", \"jpp-heerlen\""),
            DirectoryFiles.Professional("b", "Bram B"),
            DirectoryFiles.Professional("c", "Carla C", organisation: "school", jpps: "\"jpp-kerkrade\"")));
        Assert.Equal(1, second.Counts.ProfessionalsDeactivated);
        return database;
    }
}
