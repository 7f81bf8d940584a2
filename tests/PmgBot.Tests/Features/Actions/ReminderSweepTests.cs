using PmgBot.Core.Outbox;
using PmgBot.Core.Protocol;
using PmgBot.Core.Register;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using PmgBot.Cards;
using PmgBot.Core.Access;
using PmgBot.Core.Audit;
using PmgBot.Core.Conversations;
using PmgBot.Core.Data;
using PmgBot.Core.Directory;
using PmgBot.Core.Features.Actions;
using PmgBot.Core.Features.Actions.Decisions;
using PmgBot.Core.Features.Actions.Reminders;
using PmgBot.Core.Features.Actions.Updates;
using PmgBot.Tests.Features.Actions.Decisions;
using PmgBot.Tests.Integration;
using PmgBot.Tests.Storage;
using PmgBot.Tests.Support;

namespace PmgBot.Tests.Features.Actions;

/// <summary>
/// The reminder sweep over the items of a recorded decision (PMG-J-0001: Cas Regie's item due Tuesday 8 December 2026,
/// Paula Politie's due Tuesday 15 December), on both providers: what goes out at each run, once.
/// </summary>
[Collection(PostgresServerCollection.Name)]
public sealed class ReminderSweepTests(PostgresServer postgres)
{
    private const string Due8 = "8 december 2026";

    /// <summary>Runs at these Amsterdam moments (winter time: UTC+1), with what each run queues: receiver = text.</summary>
    private static readonly (string Local, string[] Expected)[] Fortnight =
    [
        ("2026-12-03 08:00", []),
        ("2026-12-04 08:29", []),
        ("2026-12-04 08:30", [$"Cas Regie = Herinnering: actiepunt bij casus PMG-J-0001, uiterlijk {Due8}."]),
        ("2026-12-04 09:00", []),
        ("2026-12-05 10:00", []),
        ("2026-12-07 08:30", []),
        ("2026-12-08 17:59", [$"Cas Regie = Vandaag: actiepunt bij casus PMG-J-0001, uiterlijk vandaag ({Due8})."]),
        ("2026-12-09 08:30", [$"Cas Regie = Te laat: actiepunt bij casus PMG-J-0001, de deadline was {Due8}."]),
        ("2026-12-09 12:00", []),
        ("2026-12-11 08:30",
        [
            $"Cas Regie = Te laat: actiepunt bij casus PMG-J-0001, de deadline was {Due8}.",
            $"Piet Proces = Een actiepunt bij casus PMG-J-0001 is 3 werkdagen te laat (deadline {Due8}).",
            $"Vera Voorzitter = Een actiepunt bij casus PMG-J-0001 is 3 werkdagen te laat (deadline {Due8}).",
            $"Wim Tweede = Een actiepunt bij casus PMG-J-0001 is 3 werkdagen te laat (deadline {Due8}).",
            "Paula Politie = Herinnering: actiepunt bij casus PMG-J-0001, uiterlijk 15 december 2026.",
        ]),
        ("2026-12-11 17:00", []),
    ];

    private static readonly Dictionary<string, string> Names = new(StringComparer.Ordinal)
    {
        [TestDirectory.Casusregisseur] = "Cas Regie",
        [TestDirectory.Politie] = "Paula Politie",
        [TestDirectory.VoorzitterHeerlen] = "Vera Voorzitter",
        [TestDirectory.TweedeVoorzitterHeerlen] = "Wim Tweede",
        [TestDirectory.ProcesregisseurHeerlen] = "Piet Proces",
    };

    [Theory]
    [MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task RunAsync_ThroughAFortnight_EachReminderOnceAtItsMomentCodeAndDueDateOnly(StorageProvider provider)
    {
        await using var scenario = await ScenarioAsync(provider);
        var messenger = new CapturingMessenger();

        foreach (var (local, expected) in Fortnight)
        {
            scenario.Database.Clock.Now = Amsterdam(local);
            var before = messenger.Queued.Select(q => q.Key).ToHashSet(StringComparer.Ordinal);

            await RunAsync(scenario, messenger);

            // The chairs' weekly overviews go out in this fortnight too; RunAsync_WeeklyOverview_* checks them.
            var sent = messenger.Queued.Where(q => !before.Contains(q.Key) && !IsWeekly(q.Key)).Select(q => Names[q.User] + " = " + q.Text).Order(StringComparer.Ordinal);
            Assert.True(expected.Order(StringComparer.Ordinal).SequenceEqual(sent), $"{local}: {string.Join(" | ", sent)}");
        }

        await using var db = scenario.Database.CreateContext();
        Assert.Equal(6, await db.Set<ReminderSent>().CountAsync());
        Assert.All(messenger.Queued, q => Assert.DoesNotContain("Fictief", q.Text, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task RunAsync_TwoInstancesAtOnce_OneReminderOneSentKey(StorageProvider provider)
    {
        await using var scenario = await ScenarioAsync(provider);
        var messenger = new CapturingMessenger();
        scenario.Database.Clock.Now = Amsterdam("2026-12-04 08:30");

        await Task.WhenAll(RunAsync(scenario, messenger), RunAsync(scenario, messenger));

        Assert.Single(messenger.Queued, q => !IsWeekly(q.Key));
        await using var db = scenario.Database.CreateContext();
        Assert.Equal(["action-item:" + (await db.Set<ActionItem>().MinAsync(i => i.Id)) + ":before-due"], await db.Set<ReminderSent>().Select(s => s.Key).ToListAsync());
        // One overview per chair of JPP Heerlen (and a stored key without a message for the Brunssum chair, who has nothing to report).
        Assert.Equal(3, messenger.Queued.Count(q => IsWeekly(q.Key)));
        Assert.Equal((3, 4), (await db.Set<OverviewSent>().CountAsync(s => s.Sent), await db.Set<OverviewSent>().CountAsync()));
    }

    /// <summary>Runs with the overviews each queues (receiver = text); Friday 4 December is in week 49, Monday 7 December starts week 50.</summary>
    private static readonly (string Local, string[] Expected)[] Weeks =
    [
        ("2026-12-03 08:00", []),
        ("2026-12-04 08:30",
        [
            "Piet Proces = Weekoverzicht actiepunten: 0 te laat, 2 open, 0 afgehandeld sinds het laatste overleg.",
            "Vera Voorzitter = Weekoverzicht actiepunten: 0 te laat, 2 open, 0 afgehandeld sinds het laatste overleg.",
            "Wim Tweede = Weekoverzicht actiepunten: 0 te laat, 2 open, 0 afgehandeld sinds het laatste overleg.",
        ]),
        ("2026-12-04 12:00", []),
        ("2026-12-05 09:00", []),
        ("2026-12-07 08:29", []),
        ("2026-12-07 08:30",
        [
            "Piet Proces = Weekoverzicht actiepunten: 0 te laat, 2 open, 0 afgehandeld sinds het laatste overleg.",
            "Vera Voorzitter = Weekoverzicht actiepunten: 0 te laat, 2 open, 0 afgehandeld sinds het laatste overleg.",
            "Wim Tweede = Weekoverzicht actiepunten: 0 te laat, 2 open, 0 afgehandeld sinds het laatste overleg.",
        ]),
        ("2026-12-08 08:30", []),
        ("2026-12-11 08:30", []),
    ];

    [Theory]
    [MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task RunAsync_WeeklyOverview_OncePerChairAndWeekFromTheFirstWorkingMorning(StorageProvider provider)
    {
        await using var scenario = await ScenarioAsync(provider);
        var messenger = new CapturingMessenger();

        foreach (var (local, expected) in Weeks)
        {
            scenario.Database.Clock.Now = Amsterdam(local);
            var before = messenger.Queued.Select(q => q.Key).ToHashSet(StringComparer.Ordinal);

            await RunAsync(scenario, messenger);

            var sent = messenger.Queued.Where(q => !before.Contains(q.Key) && IsWeekly(q.Key)).Select(q => Names[q.User] + " = " + q.Text).Order(StringComparer.Ordinal);
            Assert.True(expected.Order(StringComparer.Ordinal).SequenceEqual(sent), $"{local}: {string.Join(" | ", sent)}");
        }

        Assert.Contains(messenger.Queued, q => q.Key == $"overview:chair:{TestDirectory.VoorzitterHeerlen}:week:2026-W50");
        await using var db = scenario.Database.CreateContext();
        // Per week: the three Heerlen chairs and the Brunssum chair (nothing to report: a key, no message).
        Assert.Equal(8, await db.Set<OverviewSent>().CountAsync());
        Assert.Equal(2, await db.Set<OverviewSent>().CountAsync(s => s.ChairId == TestDirectory.VoorzitterBrunssum && !s.Sent));
        Assert.Equal(0, await db.Set<ReminderSent>().CountAsync(s => s.Key.StartsWith("chair:")));
        Assert.Equal(6, await db.AuditEvents.CountAsync(a => a.Action == ActionAuditActions.ItemReminder && a.RecordType == "jpp"));
        Assert.Equal(0, await db.AuditEvents.CountAsync(a => a.Action == ActionAuditActions.ListJpp));
    }

    [Theory]
    [MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task RunAsync_OwnerDeactivated_ChairsAskedOnceToReassignAndTheNewOwnerGetsTheReminders(StorageProvider provider)
    {
        await using var scenario = await ScenarioAsync(provider);
        await using (var db = scenario.Database.CreateContext())
        {
            var police = await db.Professionals.SingleAsync(p => p.AadObjectId == TestDirectory.Politie);
            police.Active = false;
            await db.SaveChangesAsync();
        }

        var messenger = new CapturingMessenger();
        const string ownerGone = "heeft geen actieve eigenaar meer: kies een nieuwe eigenaar.";
        async Task<string[]> Run(string local)
        {
            scenario.Database.Clock.Now = Amsterdam(local);
            var before = messenger.Queued.Select(q => q.Key).ToHashSet(StringComparer.Ordinal);
            await RunAsync(scenario, messenger);
            return [.. messenger.Queued.Where(q => !before.Contains(q.Key) && !IsWeekly(q.Key)).Select(q => Names[q.User] + " = " + q.Text).Order(StringComparer.Ordinal)];
        }

        Assert.Empty(await Run("2026-12-03 19:00"));
        Assert.Equal(
        [
            $"Cas Regie = Herinnering: actiepunt bij casus PMG-J-0001, uiterlijk {Due8}.",
            $"Piet Proces = Een actiepunt bij casus PMG-J-0001 (uiterlijk 15 december 2026) {ownerGone}",
            $"Vera Voorzitter = Een actiepunt bij casus PMG-J-0001 (uiterlijk 15 december 2026) {ownerGone}",
            $"Wim Tweede = Een actiepunt bij casus PMG-J-0001 (uiterlijk 15 december 2026) {ownerGone}",
        ], await Run("2026-12-04 08:30"));
        Assert.Empty(await Run("2026-12-07 08:30"));
        // Paula's before-due day: nothing goes to a deactivated owner.
        Assert.DoesNotContain(await Run("2026-12-11 08:30"), m => m.StartsWith("Paula Politie", StringComparison.Ordinal));

        long item;
        await using (var db = scenario.Database.CreateContext())
        {
            item = await db.Set<ActionItem>().Where(i => i.OwnerId == TestDirectory.Politie).Select(i => i.Id).SingleAsync();
        }

        var result = await scenario.WithItemsAsync(TestDirectory.VoorzitterHeerlen,
            (s, chair) => s.ReassignAsync(chair, new ActionItemReassignInput(item, 0, TestDirectory.Casusregisseur), default));
        Assert.True(result.Succeeded, result.Message);

        // The next working morning the new owner gets the reminder the old one missed; the chairs are not asked again.
        Assert.Equal(["Cas Regie = Herinnering: actiepunt bij casus PMG-J-0001, uiterlijk 15 december 2026."],
            (await Run("2026-12-14 08:30")).Where(m => m.Contains("15 december", StringComparison.Ordinal)));
        Assert.Equal(["Cas Regie = Vandaag: actiepunt bij casus PMG-J-0001, uiterlijk vandaag (15 december 2026)."],
            (await Run("2026-12-15 08:30")).Where(m => m.Contains("15 december", StringComparison.Ordinal)));
        await using (var db = scenario.Database.CreateContext())
        {
            Assert.Equal(1, await db.Set<ReminderSent>().CountAsync(r => r.Kind == ReminderKind.OwnerGone));
        }
    }

    /// <summary>
    /// Issue 16: the owner reads the reminder in the language of their last activity (kept with their conversation
    /// reference): text, due date, card and the activity's locale; Dutch when no locale is stored or it is not English.
    /// </summary>
    [Theory]
    [InlineData("en-GB", "Overdue: action item for case PMG-J-0001, the deadline was 8 December 2026.", "en-US", "Action item case PMG-J-0001")]
    [InlineData("en-US", "Overdue: action item for case PMG-J-0001, the deadline was 8 December 2026.", "en-US", "Action item case PMG-J-0001")]
    [InlineData(null, "Te laat: actiepunt bij casus PMG-J-0001, de deadline was 8 december 2026.", "nl-NL", "Actiepunt casus PMG-J-0001")]
    [InlineData("nl-NL", "Te laat: actiepunt bij casus PMG-J-0001, de deadline was 8 december 2026.", "nl-NL", "Actiepunt casus PMG-J-0001")]
    [InlineData("fr-FR", "Te laat: actiepunt bij casus PMG-J-0001, de deadline was 8 december 2026.", "nl-NL", "Actiepunt casus PMG-J-0001")]
    public async Task RunAsync_OwnersStoredLocale_ReminderInTheirLanguage(string? locale, string text, string activityLocale, string cardTitle)
    {
        await using var scenario = await ScenarioAsync(StorageProvider.Sqlite);
        await scenario.CaptureCasusregisseurChatAsync(locale);

        var messenger = new CapturingMessenger();
        scenario.Database.Clock.Now = Amsterdam("2026-12-09 08:30");

        await RunAsync(scenario, messenger);

        // The chairs' weekly overviews of that Wednesday go out in the same run; this is about the owner's reminder.
        var (key, user, sent) = Assert.Single(messenger.Queued, q => q.Key.StartsWith("reminder:", StringComparison.Ordinal));
        var activity = messenger.ActivityOf(key);
        var card = activity.Attachments![0].Content!.AsObject();
        Assert.Equal((TestDirectory.Casusregisseur, text, text, activityLocale), (user, sent, activity.Summary, activity.Locale));
        Assert.Equal(cardTitle, card["body"]![0]!["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task RunAsync_ItemTickedOff_NoMoreReminders()
    {
        await using var scenario = await ScenarioAsync(StorageProvider.Sqlite);
        await using (var db = scenario.Database.CreateContext())
        {
            await db.Set<ActionItem>().ExecuteUpdateAsync(s => s.SetProperty(i => i.State, ActionItemState.Afgerond));
        }

        var messenger = new CapturingMessenger();
        scenario.Database.Clock.Now = Amsterdam("2026-12-11 08:30");

        Assert.Equal(0, await RunAsync(scenario, messenger));
        Assert.Empty(messenger.Queued);
    }

    /// <summary>
    /// Issue 15: the sweep reads only the items that can have a reminder due. On Friday 4 December the window reaches two
    /// working days ahead (Tuesday 8 December): Cas's item is read, Paula's (15 December) and one due 60 days on are not.
    /// The second run of the morning, so the chairs' weekly overviews (which list every item of the JPP) are already sent.
    /// </summary>
    [Theory]
    [MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task RunAsync_ItemDueFarAhead_NotReadFromTheDatabase(StorageProvider provider)
    {
        await using var scenario = await ScenarioAsync(provider);
        long near;
        await using (var db = scenario.Database.CreateContext())
        {
            var item = await db.Set<ActionItem>().AsNoTracking().SingleAsync(i => i.OwnerId == TestDirectory.Casusregisseur);
            near = item.Id;
            db.Add(new ActionItem
            {
                DecisionId = item.DecisionId,
                MeetingId = item.MeetingId,
                YouthId = item.YouthId,
                JppId = item.JppId,
                OwnerId = item.OwnerId,
                What = "Fictief later",
                DueDate = item.DueDate.AddDays(60),
                State = ActionItemState.Open,
                CreatedById = item.CreatedById,
                CreatedAtUtc = item.CreatedAtUtc,
            });
            await db.SaveChangesAsync();
        }

        var messenger = new CapturingMessenger();
        scenario.Database.Clock.Now = Amsterdam("2026-12-04 08:30");
        Assert.Equal(4, await RunAsync(scenario, messenger));
        scenario.Database.Clock.Now = Amsterdam("2026-12-04 08:45");
        var reads = new ActionItemReads();

        Assert.Equal(0, await RunAsync(scenario, messenger, reads));

        Assert.Equal([near], reads.Ids.Distinct());
    }

    /// <summary>
    /// "The audit is doubled when two sweeps race": just before this instance stores the first sent key, another instance
    /// runs the whole sweep (reads, queues, stores its keys, records cards and audit rows). This one then meets the stored
    /// keys and records nothing: one audit row and one card record per message, and nothing counted as queued by it
    /// (the other queued six: three reminders, one of them to three chairs, and three weekly overviews).
    /// </summary>
    [Theory]
    [MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task RunAsync_AnotherInstanceStoresTheSentKeyFirst_OneAuditRowPerReminder(StorageProvider provider)
    {
        await using var scenario = await ScenarioAsync(provider);
        var messenger = new CapturingMessenger();
        scenario.Database.Clock.Now = Amsterdam("2026-12-11 08:30");
        var race = new BeforeInsertInto("ActionRemindersSent");
        race.Arm(async () => Assert.Equal(6, await RunAsync(scenario, messenger)));

        Assert.Equal(0, await RunAsync(scenario, messenger, race));

        Assert.True(race.Ran);
        await using var db = scenario.Database.CreateContext();
        var audited = await db.AuditEvents.Where(a => a.Action == ActionAuditActions.ItemReminder)
            .Select(a => a.RecordType + " " + a.RecordId + " " + a.Detail).ToListAsync();
        // Friday 11 December: Cas's overdue note, the three chairs' note, Paula's before-due note and the three chairs' weekly overviews.
        Assert.Equal(8, messenger.Queued.Count);
        Assert.Equal(messenger.Queued.Count, audited.Count);
        Assert.Equal(audited.Count, audited.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(messenger.Queued.Count(q => !IsWeekly(q.Key)), await db.Set<ActionItemCardMessage>().CountAsync());
    }

    [Theory]
    [InlineData(null, null, true)]
    [InlineData("Reminders:SendAt", "07:30", false)]        // inside the quiet hours
    [InlineData("Reminders:QuietUntil", "19:00", false)]    // quiet hours upside down
    [InlineData("Reminders:ChairAfterWorkingDays", "0", false)]
    public void AddActions_ReminderSettings_CheckedWhenRead(string? key, string? value, bool valid)
    {
        var settings = new Dictionary<string, string?>();
        if (key is not null)
        {
            settings[key] = value;
        }

        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(
                new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
            .AddActions();
        using var provider = services.BuildServiceProvider();

        var read = () => provider.GetRequiredService<IOptions<ReminderOptions>>().Value;

        if (valid)
        {
            Assert.Equal(new TimeOnly(8, 30), read().SendAt);
        }
        else
        {
            Assert.Throws<OptionsValidationException>(read);
        }
    }

    private static bool IsWeekly(string key) => key.StartsWith("overview:chair:", StringComparison.Ordinal);

    private async Task<DecisionScenario> ScenarioAsync(StorageProvider provider)
    {
        var scenario = await DecisionScenario.CreateAsync(provider, postgres);
        var result = await scenario.RecordAsync(TestDirectory.VoorzitterHeerlen, await scenario.VervolgAsync());
        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        return scenario;
    }

    /// <summary>One sweep in its own scope; with <paramref name="interceptor"/> on a context of its own (before the product's interceptors).</summary>
    private static async Task<int> RunAsync(DecisionScenario scenario, CapturingMessenger messenger, IInterceptor? interceptor = null)
    {
        await using var scope = scenario.Database.CreateScope();
        var services = scope.ServiceProvider;
        await using var own = interceptor is null ? null : Context(scenario.Database, interceptor);
        var db = own ?? services.GetRequiredService<PmgDbContext>();
        var access = services.GetRequiredService<IAccessService>();
        var audit = services.GetRequiredService<IAuditLog>();
        var clock = scenario.Database.Clock;
        var items = new ActionItemService(db, access, services.GetRequiredService<ICaseRelations>(), audit, clock);
        var references = new ConversationReferenceStore(db, new RecentConversationReferences(clock), clock, NullLogger<ConversationReferenceStore>.Instance);
        var directory = services.GetRequiredService<IProfessionalDirectory>();
        var cards = new ActionItemCards(new CardRenderer(), references);
        var updater = new ActionItemCardUpdater(db, items, directory, cards, new PmgBot.Core.Outbox.Outbox(db, new OutboxSignal(clock), clock),
            new RecipientLanguages(references), clock, NullLogger<ActionItemCardUpdater>.Instance);
        var sweep = new ReminderSweep(
            db, Options.Create(new ReminderOptions()), items, directory, access, cards, messenger, new RecipientLanguages(references), audit, updater, clock,
            NullLogger<ReminderSweep>.Instance);
        return await sweep.RunAsync(CancellationToken.None);
    }

    private static PmgDbContext Context(TestDatabase database, IInterceptor first)
    {
        var options = new DatabaseOptions { ConnectionString = database.ConnectionString };
        if (database.Provider == StorageProvider.Postgres)
        {
            var builder = new DbContextOptionsBuilder<PostgresPmgDbContext>();
            DataServiceCollectionExtensions.ConfigurePostgres(builder.AddInterceptors(first), options);
            return new PostgresPmgDbContext(builder.Options);
        }

        var sqlite = new DbContextOptionsBuilder<SqlitePmgDbContext>();
        DataServiceCollectionExtensions.ConfigureSqlite(sqlite.AddInterceptors(first), options, database.ContentRoot);
        return new SqlitePmgDbContext(sqlite.Options);
    }

    private static DateTimeOffset Amsterdam(string local) => new(
        PmgBot.Core.Time.AmsterdamTime.ToUtc(
            DateOnly.ParseExact(local[..10], "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            TimeOnly.ParseExact(local[11..], "HH:mm", System.Globalization.CultureInfo.InvariantCulture)),
        TimeSpan.Zero);
}
