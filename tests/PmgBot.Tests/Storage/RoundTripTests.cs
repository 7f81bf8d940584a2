using Microsoft.EntityFrameworkCore;
using PmgBot.Core.Audit;
using PmgBot.Core.Conversations;
using PmgBot.Core.Directory;
using PmgBot.Core.Outbox;
using PmgBot.Tests.Support;

namespace PmgBot.Tests.Storage;

/// <summary>Every entity is written with every field set and read back through a fresh context, on both providers.</summary>
[Collection(PostgresServerCollection.Name)]
public sealed class RoundTripTests(PostgresServer postgres)
{
    // Microsecond precision: PostgreSQL keeps microseconds, SQLite keeps ticks.
    private static readonly DateTime At = new DateTime(2026, 11, 22, 8, 30, 15, DateTimeKind.Utc).AddTicks(1_234_560);

    [Theory]
    [MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task SaveAndLoad_DirectoryEntities_ComeBackUnchanged(StorageProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, postgres);
        await using (var write = database.CreateContext())
        {
            write.Organisations.Add(new Organisation { Id = "politie", Name = "Politie basisteam", Kind = "politie" });
            write.Municipalities.Add(new Municipality { Id = "heerlen", Name = "Heerlen" });
            write.Jpps.Add(new Jpp { Id = "jpp-heerlen", Name = "JPP Heerlen", MunicipalityId = "heerlen" });
            write.Professionals.Add(new Professional
            {
                AadObjectId = "00000000-0000-0000-0000-0000000000020",
                DisplayName = "Eva Lemmens",
                Email = "eva.lemmens@politie.example",
                Phone = "06-12345001",
                OrganisationId = "politie",
                Roles = Roles.Melder | Roles.Voorzitter | Roles.Beheerder,
                Active = false,
                UpdatedAtUtc = At,
                Jpps = [new ProfessionalJpp { ProfessionalId = "00000000-0000-0000-0000-0000000000020", JppId = "jpp-heerlen" }],
            });
            await write.SaveChangesAsync();
        }

        await using var read = database.CreateContext();
        var organisation = await read.Organisations.SingleAsync();
        Assert.Equal(("politie", "Politie basisteam", "politie"), (organisation.Id, organisation.Name, organisation.Kind));
        var municipality = await read.Municipalities.SingleAsync();
        Assert.Equal(("heerlen", "Heerlen"), (municipality.Id, municipality.Name));
        var jpp = await read.Jpps.SingleAsync();
        Assert.Equal(("jpp-heerlen", "JPP Heerlen", "heerlen"), (jpp.Id, jpp.Name, jpp.MunicipalityId));
        var professional = await read.Professionals.Include(p => p.Jpps).SingleAsync();
        Assert.Equal("00000000-0000-0000-0000-0000000000020", professional.AadObjectId);
        Assert.Equal("Eva Lemmens", professional.DisplayName);
        Assert.Equal("eva.lemmens@politie.example", professional.Email);
        Assert.Equal("06-12345001", professional.Phone);
        Assert.Equal("politie", professional.OrganisationId);
        Assert.Equal(Roles.Melder | Roles.Voorzitter | Roles.Beheerder, professional.Roles);
        Assert.False(professional.Active);
        AssertUtc(At, professional.UpdatedAtUtc);
        Assert.Equal("jpp-heerlen", Assert.Single(professional.Jpps).JppId);
    }

    [Theory]
    [MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task SaveAndLoad_ConversationReference_ComesBackUnchanged(StorageProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, postgres);
        long id;
        await using (var write = database.CreateContext())
        {
            var reference = new StoredConversationReference
            {
                ConversationId = "a:1xyz-personal",
                ServiceUrl = "https://smba.trafficmanager.net/emea/",
                TenantId = "00000000-0000-0000-0000-0000000000001",
                UserId = "29:1abc",
                UserAadObjectId = "00000000-0000-0000-0000-0000000000020",
                BotId = "28:bot",
                ChannelId = "msteams",
                ConversationType = "personal",
                UpdatedAtUtc = At,
            };
            write.ConversationReferences.Add(reference);
            await write.SaveChangesAsync();
            id = reference.Id;
        }

        Assert.True(id > 0);
        await using var read = database.CreateContext();
        var loaded = await read.ConversationReferences.SingleAsync(r => r.Id == id);
        Assert.Equal("a:1xyz-personal", loaded.ConversationId);
        Assert.Equal("https://smba.trafficmanager.net/emea/", loaded.ServiceUrl);
        Assert.Equal("00000000-0000-0000-0000-0000000000001", loaded.TenantId);
        Assert.Equal("29:1abc", loaded.UserId);
        Assert.Equal("00000000-0000-0000-0000-0000000000020", loaded.UserAadObjectId);
        Assert.Equal("28:bot", loaded.BotId);
        Assert.Equal("msteams", loaded.ChannelId);
        Assert.Equal("personal", loaded.ConversationType);
        AssertUtc(At, loaded.UpdatedAtUtc);
    }

    [Theory]
    [MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task SaveAndLoad_OutboxMessage_ComesBackUnchanged(StorageProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, postgres);
        var id = Guid.NewGuid();
        await using (var write = database.CreateContext())
        {
            write.OutboxMessages.Add(new OutboxMessage
            {
                Id = id,
                DedupKey = "reminder:42",
                ServiceUrl = "https://smba.trafficmanager.net/emea/",
                ConversationId = "a:1xyz-personal",
                TenantId = "00000000-0000-0000-0000-0000000000001",
                ActivityJson = """{"type":"message","text":"Herinnering: actiepunt J-2026-014"}""",
                Status = OutboxStatus.MaybeDelivered,
                Attempts = 3,
                CreatedAtUtc = At,
                NextAttemptAtUtc = At.AddMinutes(5),
                LeaseUntilUtc = At.AddMinutes(1),
                SentAtUtc = At.AddSeconds(30),
                LastStatusCode = 500,
                LastError = "Internal server error",
                SentActivityId = "1:abc",
            });
            await write.SaveChangesAsync();
        }

        await using var read = database.CreateContext();
        var loaded = await read.OutboxMessages.SingleAsync(m => m.Id == id);
        Assert.Equal("reminder:42", loaded.DedupKey);
        Assert.Equal("https://smba.trafficmanager.net/emea/", loaded.ServiceUrl);
        Assert.Equal("a:1xyz-personal", loaded.ConversationId);
        Assert.Equal("00000000-0000-0000-0000-0000000000001", loaded.TenantId);
        Assert.Equal("""{"type":"message","text":"Herinnering: actiepunt J-2026-014"}""", loaded.ActivityJson);
        Assert.Equal(OutboxStatus.MaybeDelivered, loaded.Status);
        Assert.Equal(3, loaded.Attempts);
        AssertUtc(At, loaded.CreatedAtUtc);
        AssertUtc(At.AddMinutes(5), loaded.NextAttemptAtUtc);
        AssertUtc(At.AddMinutes(1), loaded.LeaseUntilUtc!.Value);
        AssertUtc(At.AddSeconds(30), loaded.SentAtUtc!.Value);
        Assert.Equal(500, loaded.LastStatusCode);
        Assert.Equal("Internal server error", loaded.LastError);
        Assert.Equal("1:abc", loaded.SentActivityId);
    }

    [Theory]
    [MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task SaveAndLoad_AuditEvent_ComesBackUnchanged(StorageProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, postgres);
        await using (var write = database.CreateContext())
        {
            write.AuditEvents.Add(new AuditEvent
            {
                AtUtc = At,
                Actor = "00000000-0000-0000-0000-0000000000020",
                Action = "casus.view",
                RecordType = "casus",
                RecordId = "J-2026-014",
                Outcome = AuditOutcomes.Success,
                Detail = "via kaart",
            });
            await write.SaveChangesAsync();
        }

        await using var read = database.CreateContext();
        var loaded = await read.AuditEvents.SingleAsync();
        Assert.True(loaded.Id > 0);
        AssertUtc(At, loaded.AtUtc);
        Assert.Equal("00000000-0000-0000-0000-0000000000020", loaded.Actor);
        Assert.Equal("casus.view", loaded.Action);
        Assert.Equal("casus", loaded.RecordType);
        Assert.Equal("J-2026-014", loaded.RecordId);
        Assert.Equal(AuditOutcomes.Success, loaded.Outcome);
        Assert.Equal("via kaart", loaded.Detail);
    }

    [Theory]
    [MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task Query_ComparingUtcTimestamps_UsesInstantOrder(StorageProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, postgres);
        await using (var write = database.CreateContext())
        {
            foreach (var minutes in new[] { -10, 0, 10 })
            {
                write.AuditEvents.Add(new AuditEvent { AtUtc = At.AddMinutes(minutes), Actor = "system", Action = "test", Outcome = "ok" });
            }

            await write.SaveChangesAsync();
        }

        await using var read = database.CreateContext();
        var after = await read.AuditEvents.Where(e => e.AtUtc > At).Select(e => e.AtUtc).ToListAsync();
        var loaded = Assert.Single(after);
        AssertUtc(At.AddMinutes(10), loaded);
    }

    private static void AssertUtc(DateTime expected, DateTime actual)
    {
        Assert.Equal(DateTimeKind.Utc, actual.Kind);
        Assert.Equal(expected, actual);
    }
}
