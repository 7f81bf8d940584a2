using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PmgBot.Core.Access;
using PmgBot.Core.Audit;
using PmgBot.Core.Directory;
using PmgBot.Tests.DirectoryTests;
using PmgBot.Tests.Storage;
using PmgBot.Tests.Support;

namespace PmgBot.Tests.Access;

[Collection(PostgresServerCollection.Name)]
public sealed class AccessServiceTests(PostgresServer postgres)
{
    private const string Tenant = TestDatabase.AllowedTenant;

    [Theory]
    [MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task GetUserAsync_ActiveProfessional_IsKnownAndNotAudited(StorageProvider provider)
    {
        await using var database = await SeededAsync(provider);

        var decision = await GetUserAsync(database, Tenant, "a");

        Assert.True(decision.IsKnown);
        Assert.Equal(AccessOutcome.Known, decision.Outcome);
        Assert.Equal(("a", "Politie basisteam", Roles.Melder), (decision.Professional.AadObjectId, decision.Professional.OrganisationName, decision.Professional.Roles));
        Assert.Equal("JPP Heerlen", Assert.Single(decision.Professional.Jpps).JppName);
        await using var context = database.CreateContext();
        Assert.Equal(0, await context.AuditEvents.CountAsync(e => e.Action == AuditActions.AccessRefused));
    }

    [Theory]
    [InlineData(Tenant, "onbekend", AccessOutcome.UnknownUser, "onbekend", AuditOutcomes.UnknownUser)]
    [InlineData(Tenant, null, AccessOutcome.UnknownUser, AuditActors.Anonymous, AuditOutcomes.UnknownUser)]
    [InlineData(Tenant, "b", AccessOutcome.Inactive, "b", AuditOutcomes.Inactive)]
    [InlineData("11111111-2222-3333-4444-555555555555", "a", AccessOutcome.UnknownTenant, "a", AuditOutcomes.UnknownTenant)]
    [InlineData(null, "a", AccessOutcome.UnknownTenant, "a", AuditOutcomes.UnknownTenant)]
    [InlineData(" ", null, AccessOutcome.UnknownTenant, AuditActors.Anonymous, AuditOutcomes.UnknownTenant)]
    public async Task GetUserAsync_Refused_RecordsOnlyTheClaimedIdInAudit(string? tenant, string? user, AccessOutcome expected, string actor, string outcome)
    {
        await using var database = await SeededAsync(StorageProvider.Sqlite);

        var decision = await GetUserAsync(database, tenant, user);

        Assert.Equal(expected, decision.Outcome);
        Assert.False(decision.IsKnown);
        Assert.Null(decision.Professional);
        await using var context = database.CreateContext();
        var audit = await context.AuditEvents.SingleAsync(e => e.Action == AuditActions.AccessRefused);
        Assert.Equal((actor, outcome, (string?)null, (string?)null, (string?)null), (audit.Actor, audit.Outcome, audit.RecordType, audit.RecordId, audit.Detail));
        Assert.Equal(1, await context.Professionals.CountAsync(p => p.Active));
    }

    /// <summary>A claimed user id that PostgreSQL cannot hold or compare (U+0000) or that is longer than the column → the audit actor.</summary>
    private static readonly Dictionary<string, (string User, string Actor)> UnstorableIds = new()
    {
        ["NUL inside"] = ("a\0b", "ab"),
        ["only NUL"] = ("\0", AuditActors.Anonymous),
        ["emoji across the column end"] = (new string('x', 63) + "\U0001F600", new string('x', 63)),
        ["1000 chars"] = (new string('y', 1000), new string('y', 64)),
    };

    public static TheoryData<StorageProvider, string> UnstorableIdCases =>
        StorageProviders.With(UnstorableIds.Keys);

    [Theory]
    [MemberData(nameof(UnstorableIdCases))]
    public async Task GetUserAsync_IdWithNulOrTooLong_UnknownUserAuditedWithAStorableActor(StorageProvider provider, string name)
    {
        var (user, actor) = UnstorableIds[name];
        await using var database = await SeededAsync(provider);

        var decision = await GetUserAsync(database, Tenant, user);

        Assert.Equal(AccessOutcome.UnknownUser, decision.Outcome);
        await using var context = database.CreateContext();
        Assert.Equal(actor, (await context.AuditEvents.SingleAsync(e => e.Action == AuditActions.AccessRefused)).Actor);
    }

    [Fact]
    public async Task GetUserAsync_TenantInOtherCaseAndUserIdInCapitals_IsKnown()
    {
        await using var database = await SeededAsync(StorageProvider.Sqlite);

        var decision = await GetUserAsync(database, " " + Tenant.ToUpperInvariant() + " ", "A");

        Assert.True(decision.IsKnown);
    }

    [Fact]
    public async Task Allows_UsesTheMatrix()
    {
        await using var database = await TestDatabase.CreateAsync(StorageProvider.Sqlite, postgres);
        await using var scope = database.CreateScope();
        var access = scope.ServiceProvider.GetRequiredService<IAccessService>();

        Assert.True(access.Allows(Roles.Beheerder, BotAction.ViewNetworkOverview));
        Assert.False(access.Allows(Roles.Melder | Roles.Voorzitter, BotAction.ViewNetworkOverview));
    }

    private static async Task<AccessDecision> GetUserAsync(TestDatabase database, string? tenant, string? user)
    {
        await using var scope = database.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<IAccessService>().GetUserAsync(tenant, user, CancellationToken.None);
    }

    /// <summary>"a" active (melder, JPP Heerlen), "b" deactivated by a second import.</summary>
    private async Task<TestDatabase> SeededAsync(StorageProvider provider)
    {
        var database = await TestDatabase.CreateAsync(provider, postgres);
        Assert.True((await DirectoryFiles.ImportAsync(database, DirectoryFiles.WithProfessionals(
            DirectoryFiles.Professional("a", "Anna A"), DirectoryFiles.Professional("b", "Bram B")))).Succeeded);
        Assert.True((await DirectoryFiles.ImportAsync(database, DirectoryFiles.WithProfessionals(
            DirectoryFiles.Professional("a", "Anna A")))).Succeeded);
        return database;
    }
}
