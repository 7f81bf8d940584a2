using PmgBot.Core.Protocol;
using PmgBot.Core.Conversations;
using Microsoft.Extensions.Logging.Abstractions;
using PmgBot.Core.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PmgBot.Core.Access;
using PmgBot.Core.Audit;
using PmgBot.Core.Data;
using PmgBot.Core.Directory;
using PmgBot.Core.Features.Actions.Decisions;
using PmgBot.Core.Features.Meetings;
using PmgBot.Core.Register;
using PmgBot.Tests.Features.Meetings;
using PmgBot.Tests.Features.Meetings.AgendaItems;
using PmgBot.Tests.Integration;
using PmgBot.Tests.Features.Register;
using PmgBot.Tests.Storage;
using PmgBot.Tests.Support;

namespace PmgBot.Tests.Features.Actions.Decisions;

/// <summary>
/// The <see cref="AgendaScenario"/> (JPP Heerlen, fictional youths) with the next meeting's agenda built, the police also
/// involved in PMG-J-0001, and the clock at Tuesday 1 December 2026 15:00 (Amsterdam), during the meeting (13:30–16:30).
/// </summary>
internal sealed class DecisionScenario : IAsyncDisposable
{
    /// <summary>During the meeting of 1 December 2026 (13:30 Amsterdam = 12:30 UTC).</summary>
    public static readonly DateTimeOffset DuringMeeting = new(2026, 12, 1, 14, 0, 0, TimeSpan.Zero);

    /// <summary>The term the card prefills in every item row: the working day before the next meeting (15 December).</summary>
    public const string DefaultDue = "2026-12-14";

    private DecisionScenario(AgendaScenario agenda) => Agenda = agenda;

    public AgendaScenario Agenda { get; }

    public TestDatabase Database => Agenda.Database;

    public long Meeting => Agenda.Next;

    public static async Task<DecisionScenario> CreateAsync(StorageProvider provider, PostgresServer postgres)
    {
        var agenda = await AgendaScenario.CreateAsync(provider, postgres);
        var chair = await agenda.ChairAsync();
        Assert.NotNull(await agenda.WithAgendaAsync(a => a.GetAsync(chair, agenda.Next, default)));
        await using (var db = agenda.Database.CreateContext())
        {
            db.YouthInvolvements.Add(new YouthInvolvement
            {
                YouthId = agenda.Screened,
                OrganisationId = "politie",
                AddedById = TestDirectory.VoorzitterHeerlen,
                AddedAtUtc = RegisterTestData.Start,
            });
            await db.SaveChangesAsync();
        }

        agenda.Database.Clock.Now = DuringMeeting;
        return new DecisionScenario(agenda);
    }

    public Task<ProfessionalProfile> ProfileAsync(string aadObjectId) => MeetingTestServices.ProfileAsync(Database, aadObjectId);

    public async Task<T> WithServiceAsync<T>(Func<IDecisionService, Task<T>> action)
    {
        await using var scope = Database.CreateScope();
        var services = scope.ServiceProvider;
        var service = new DecisionService(
            services.GetRequiredService<PmgDbContext>(),
            services.GetRequiredService<IAccessService>(),
            services.GetRequiredService<ICaseRelations>(),
            services.GetRequiredService<IAuditLog>(),
            Database.Clock,
            Options.Create(new MeetingOptions()));
        return await action(service);
    }

    /// <summary>The action item service in its own scope, with the profile of <paramref name="actorId"/>.</summary>
    public async Task<T> WithItemsAsync<T>(string actorId, Func<IActionItemService, ProfessionalProfile, Task<T>> action)
    {
        var actor = await ProfileAsync(actorId);
        await using var scope = Database.CreateScope();
        var services = scope.ServiceProvider;
        var service = new ActionItemService(
            services.GetRequiredService<PmgDbContext>(),
            services.GetRequiredService<IAccessService>(),
            services.GetRequiredService<ICaseRelations>(),
            services.GetRequiredService<IAuditLog>(),
            Database.Clock);
        return await action(service, actor);
    }

    /// <summary>The casusregisseur's personal chat as the bot stores it from an activity with <paramref name="locale"/> (their language for proactive sends).</summary>
    public async Task CaptureCasusregisseurChatAsync(string? locale)
    {
        await using var db = Database.CreateContext();
        var clock = Database.Clock;
        await new ConversationReferenceStore(db, new RecentConversationReferences(clock), clock, NullLogger<ConversationReferenceStore>.Instance).CaptureAsync(
            new Activity
            {
                Type = ActivityTypes.Message,
                ChannelId = "msteams",
                ServiceUrl = "https://smba.trafficmanager.net/emea/",
                From = new ChannelAccount { Id = "29:cas", AadObjectId = TestDirectory.Casusregisseur },
                Recipient = new ChannelAccount { Id = "28:bot" },
                Conversation = new ConversationAccount { Id = "a:cas", ConversationType = ConversationTypes.Personal },
                Locale = locale,
            },
            CancellationToken.None);
    }

    public async Task<DecisionResult> RecordAsync(string actorId, DecisionInput input)
    {
        var actor = await ProfileAsync(actorId);
        return await WithServiceAsync(s => s.RecordAsync(actor, input, default));
    }

    public async Task<int> VersionOfAsync(string code)
    {
        await using var db = Database.CreateContext();
        return await db.Youths.Where(y => y.Code == code).Select(y => y.Version).SingleAsync();
    }

    /// <summary>A valid decision for PMG-J-0001 (level geen, casusregisseur Cas Regie): vervolg with two action items.</summary>
    public async Task<DecisionInput> VervolgAsync(string code = "PMG-J-0001") => new(
        Meeting,
        code,
        await VersionOfAsync(code),
        "vervolg",
        null,
        null,
        null,
        null,
        TestDirectory.Casusregisseur,
        "stopgesprek,gesprek",
        "Fictieve afspraak over sport.",
        "2027-01-12",
        [
            new ActionItemInput(TestDirectory.Casusregisseur, "Gesprek met ouders plannen", "2026-12-08", null),
            new ActionItemInput(TestDirectory.Politie, "Stopgesprek houden", null, "2026-12-15"),
            new ActionItemInput(null, null, DefaultDue, null),
            new ActionItemInput(null, "  ", "", null),
        ],
        DefaultDue: DefaultDue);

    public async Task<Snapshot> SnapshotAsync()
    {
        await using var db = Database.CreateContext();
        return new Snapshot(
            await db.Set<YouthDecision>().CountAsync(),
            await db.Set<ActionItem>().CountAsync(),
            await db.YouthLevelChanges.CountAsync(),
            string.Join(",", await db.Youths.OrderBy(y => y.Id).Select(y => y.Code + ":" + y.Version + ":" + y.Level + ":" + y.CasusregisseurId).ToListAsync()));
    }

    public ValueTask DisposeAsync() => Agenda.DisposeAsync();

    internal sealed record Snapshot(int Decisions, int Items, int LevelChanges, string Youths);
}
