using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PmgBot.Core.Conversations;
using PmgBot.Core.Data;
using PmgBot.Core.Directory;
using PmgBot.Core.Features.Actions;
using PmgBot.Core.Features.Actions.Decisions;
using PmgBot.Core.Features.Actions.Reminders;
using PmgBot.Core.Features.Meetings.Series;
using PmgBot.Core.Outbox;
using PmgBot.Core.Protocol;
using PmgBot.Core.Register;
using PmgBot.Jobs.Actions;
using PmgBot.Tests.Features.Meetings.Series;
using PmgBot.Tests.Features.Register;
using PmgBot.Tests.Inbox;
using PmgBot.Tests.Integration;
using PmgBot.Tests.Storage;
using PmgBot.Tests.Support;

namespace PmgBot.Tests.Features.Actions;

/// <summary>
/// The <c>action-reminders</c> job over the bot's own services (outbox included) with a clock moved by hand. JPP
/// Heerlen's items are owned by Cas Regie and Paula Politie; its chairs are Vera Voorzitter, Wim Tweede and Piet Proces,
/// all with a personal chat. Two instances on one PostgreSQL database: each its own service container (its own pool,
/// outbox and job), both running the job at the same moments, twice each at once; every reminder must be in the outbox
/// exactly once and its sent key stored once.
/// </summary>
[Collection(PostgresServerCollection.Name)]
public sealed class ActionReminderJobTests(PostgresServer postgres) : IAsyncLifetime
{
    private const int ItemCount = 12;
    private static readonly string[] Owners = [TestDirectory.Casusregisseur, TestDirectory.Politie];
    private static readonly string[] Chairs = [TestDirectory.VoorzitterHeerlen, TestDirectory.TweedeVoorzitterHeerlen, TestDirectory.ProcesregisseurHeerlen];

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 22, 8, 0, 0, TimeSpan.Zero));
    private readonly ScratchDatabases _databases = new(postgres, "reminder-job");

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _databases.DisposeAsync();

    /// <summary>Twelve items due Tuesday 8 December 2026.</summary>
    [Fact]
    public async Task ActionReminderJob_TwoInstancesOnOnePostgresAtOnce_EachReminderQueuedOnce()
    {
        var connectionString = await _databases.ConnectionStringAsync(StorageProvider.Postgres);
        await using var first = await InboxTestServices.BuildAsync(StorageProvider.Postgres, connectionString, _databases.ContentRoot, _clock);
        await using var second = await InboxTestServices.BuildAsync(StorageProvider.Postgres, connectionString, _databases.ContentRoot, _clock, migrate: false);
        var items = await SeedAsync(first, ItemCount, new DateOnly(2026, 12, 8));

        // Friday 4 December 08:30 (before the due date), Tuesday 8 December 08:30 (the due day), Friday 11 December
        // 08:30 (overdue, and three working days overdue: the chairs); winter time, so 07:30 UTC.
        var moments = new[] { new DateTimeOffset(2026, 12, 4, 7, 30, 0, TimeSpan.Zero), new(2026, 12, 8, 7, 30, 0, TimeSpan.Zero), new(2026, 12, 11, 7, 30, 0, TimeSpan.Zero) };
        var queuedPerMoment = new List<int>();
        foreach (var moment in moments)
        {
            _clock.SetUtcNow(moment);
            await Task.WhenAll(RunJobAsync(first), RunJobAsync(second), RunJobAsync(first), RunJobAsync(second));
            queuedPerMoment.Add((await RemindersAsync(first)).Count);
        }

        var reminders = await RemindersAsync(first);
        var expected = items.SelectMany(i => new[]
            {
                $"reminder:action-item:{i.Id}:before-due",
                $"reminder:action-item:{i.Id}:due-day",
                $"reminder:action-item:{i.Id}:overdue:2026-12-11",
            })
            .Concat(items.SelectMany(i => Chairs.Select(c => $"reminder:action-item:{i.Id}:overdue-chair:{c}")))
            .Order(StringComparer.Ordinal);
        Assert.Equal(expected, reminders.Select(r => r.DedupKey!).Order(StringComparer.Ordinal));
        Assert.Equal([ItemCount, 2 * ItemCount, (3 + Chairs.Length) * ItemCount], queuedPerMoment);

        // Once per receiver, item and kind, also counted by where it goes (not only by its key).
        var byTarget = reminders.GroupBy(r => (r.ConversationId, Item: r.DedupKey!.Split(':')[2], Kind: r.DedupKey!.Split(':')[3])).ToList();
        Assert.All(byTarget, g => Assert.Single(g));
        Assert.Equal(
            items.Select(i => "a:personal-" + i.OwnerId).Concat(items.SelectMany(_ => Chairs.Select(c => "a:personal-" + c))).Concat(
                items.SelectMany(i => new[] { "a:personal-" + i.OwnerId, "a:personal-" + i.OwnerId })).Order(StringComparer.Ordinal),
            reminders.Select(r => r.ConversationId).Order(StringComparer.Ordinal));

        await using var scope = first.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PmgDbContext>();
        var sentKeys = await db.Set<ReminderSent>().Select(s => s.Key).ToListAsync();
        Assert.Equal(4 * ItemCount, sentKeys.Count);
        Assert.Equal(sentKeys.Count, sentKeys.Distinct(StringComparer.Ordinal).Count());
        foreach (var reminder in reminders)
        {
            // The text is the case code and the due date; the youth's name is at most on the card.
            var activity = JsonNode.Parse(reminder.ActivityJson)!;
            var text = activity["text"]!.GetValue<string>() + " " + activity["summary"]!.GetValue<string>();
            Assert.Contains("PMG-J-0042", text, StringComparison.Ordinal);
            Assert.DoesNotContain("Geheimnaam", text, StringComparison.Ordinal);
        }
    }

    /// <summary>
    /// The job every 15 minutes from Wednesday 3 to Friday 12 February 2027 over one item due on carnaval Tuesday
    /// 9 February: JPP Heerlen's series has carnaval Monday and Tuesday as closing days, so the sweep counts its working
    /// days without them (the year-long planner walk is <see cref="ReminderYearTests"/>; this is the sweep reading the
    /// closing days from the series).
    /// </summary>
    [Fact]
    public async Task ActionReminderJob_EveryQuarterOverCarnaval_TheSeriesClosingDaysMoveEachReminder()
    {
        var connectionString = await _databases.ConnectionStringAsync(StorageProvider.Sqlite);
        await using var services = await InboxTestServices.BuildAsync(StorageProvider.Sqlite, connectionString, _databases.ContentRoot, _clock);
        var item = (await SeedAsync(services, 1, new DateOnly(2027, 2, 9)))[0].Id;
        var firstSeen = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);

        _clock.SetUtcNow(new DateTimeOffset(2027, 2, 2, 23, 0, 0, TimeSpan.Zero));
        while (_clock.GetUtcNow() < new DateTimeOffset(2027, 2, 12, 9, 0, 0, TimeSpan.Zero))
        {
            await RunJobAsync(services);
            foreach (var reminder in await RemindersAsync(services))
            {
                firstSeen.TryAdd(reminder.DedupKey!, _clock.GetUtcNow());
            }

            _clock.Advance(TimeSpan.FromMinutes(15));
        }

        // Winter time: 08:30 in Amsterdam is 07:30 UTC.
        var at0830 = (int day) => new DateTimeOffset(2027, 2, day, 7, 30, 0, TimeSpan.Zero);
        var key = $"reminder:action-item:{item}:";
        var expected = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal)
        {
            [key + "before-due"] = at0830(4),            // two working days before: Friday 5th and Thursday 4th (Monday 8th is closed)
            [key + "due-day"] = at0830(10),              // Ash Wednesday: the due date is a closing day
            [key + "overdue:2027-02-11"] = at0830(11),
            [key + "overdue:2027-02-12"] = at0830(12),
        };
        foreach (var chair in Chairs)
        {
            expected[key + "overdue-chair:" + chair] = at0830(12);  // three working days: 10, 11 and 12 February
        }

        Assert.Equal(expected.OrderBy(e => e.Key, StringComparer.Ordinal), firstSeen.OrderBy(e => e.Key, StringComparer.Ordinal));
    }

    /// <summary>
    /// Issue 15: the sweep reads only the items due up to the latest due date with a reminder due, counted in the JPP's
    /// working days, so a holiday or closing day between now and the due date widens the window. Christmas 2026 (Friday
    /// and Saturday) before an item due Tuesday 29 December: its before-due note goes out on Thursday the 24th (two
    /// working days before: Monday 28th and Thursday 24th). JPP Heerlen's carnaval closing days (Monday 8 and Tuesday
    /// 9 February 2027) before an item due Ash Wednesday the 10th: on Thursday the 4th (Friday 5th and Thursday 4th). The
    /// items due a day later each come a working day later. Each moment is the first run that sends it.
    /// </summary>
    [Theory]
    [MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task ActionReminderJob_HolidaysOrClosingDaysBeforeTheDueDate_BeforeDueNoteOnItsWorkingMorning(StorageProvider provider)
    {
        var connectionString = await _databases.ConnectionStringAsync(provider);
        await using var services = await InboxTestServices.BuildAsync(provider, connectionString, _databases.ContentRoot, _clock);
        var items = await SeedAsync(services, [new DateOnly(2026, 12, 29), new DateOnly(2026, 12, 30), new DateOnly(2027, 2, 10), new DateOnly(2027, 2, 11)]);
        var firstSeen = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);

        // 08:30 in Amsterdam (winter time: 07:30 UTC) on the working days around both.
        var at0830 = (int year, int month, int day) => new DateTimeOffset(year, month, day, 7, 30, 0, TimeSpan.Zero);
        DateTimeOffset[] moments =
        [
            at0830(2026, 12, 22), at0830(2026, 12, 23), at0830(2026, 12, 24), at0830(2026, 12, 28),
            at0830(2027, 2, 2), at0830(2027, 2, 3), at0830(2027, 2, 4), at0830(2027, 2, 5),
        ];
        foreach (var moment in moments)
        {
            _clock.SetUtcNow(moment);
            await RunJobAsync(services);
            foreach (var reminder in await RemindersAsync(services))
            {
                firstSeen.TryAdd(reminder.DedupKey!, moment);
            }
        }

        var beforeDue = firstSeen.Where(s => s.Key.EndsWith(":before-due", StringComparison.Ordinal)).OrderBy(s => s.Key, StringComparer.Ordinal);
        Assert.Equal(
            new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal)
            {
                [$"reminder:action-item:{items[0].Id}:before-due"] = at0830(2026, 12, 24),
                [$"reminder:action-item:{items[1].Id}:before-due"] = at0830(2026, 12, 28),
                [$"reminder:action-item:{items[2].Id}:before-due"] = at0830(2027, 2, 4),
                [$"reminder:action-item:{items[3].Id}:before-due"] = at0830(2027, 2, 5),
            }.OrderBy(s => s.Key, StringComparer.Ordinal),
            beforeDue);
    }

    private static async Task RunJobAsync(IServiceProvider instance)
    {
        await using var scope = instance.CreateAsyncScope();
        await new ActionReminderJob(scope.ServiceProvider.GetRequiredService<ReminderSweep>()).RunAsync(CancellationToken.None);
    }

    private static async Task<List<(string? DedupKey, string ConversationId, string ActivityJson)>> RemindersAsync(IServiceProvider instance)
    {
        await using var scope = instance.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PmgDbContext>();
        var rows = await db.OutboxMessages.AsNoTracking().Where(m => m.DedupKey != null && m.DedupKey.StartsWith("reminder:"))
            .Select(m => new { m.DedupKey, m.ConversationId, m.ActivityJson }).ToListAsync();
        return [.. rows.Select(r => (r.DedupKey, r.ConversationId, r.ActivityJson))];
    }

    /// <summary>The test directory with the Heerlen series (carnaval 2027 closed), personal chats of the owners and chairs, and the items.</summary>
    private Task<List<ActionItem>> SeedAsync(IServiceProvider services, int count, DateOnly dueDate) =>
        SeedAsync(services, [.. Enumerable.Repeat(dueDate, count)]);

    /// <summary>The test directory, series, chats and one item per due date (in that order).</summary>
    private async Task<List<ActionItem>> SeedAsync(IServiceProvider services, DateOnly[] dueDates)
    {
        await using var scope = services.CreateAsyncScope();
        var provider = scope.ServiceProvider;
        using (var stream = new MemoryStream(Encoding.UTF8.GetBytes(SeriesImportFiles.WithDirectory(SeriesImportFiles.Row()))))
        {
            var imported = await provider.GetRequiredService<DirectoryImporter>().ImportAsync(stream, ImportFormat.Json, CancellationToken.None);
            Assert.True(imported.Succeeded, imported.Describe());
        }

        await provider.GetRequiredService<MeetingSeriesPlanner>().PlanAllAsync(CancellationToken.None);
        var references = provider.GetRequiredService<IConversationReferenceStore>();
        foreach (var user in Owners.Concat(Chairs))
        {
            await references.SaveAsync(new ConversationReference(
                "https://smba.trafficmanager.net/emea/", "a:personal-" + user, TestDatabase.AllowedTenant, "29:" + user, user, "28:bot", "msteams",
                ConversationTypes.Personal), CancellationToken.None);
        }

        var db = provider.GetRequiredService<PmgDbContext>();
        var meeting = await db.JppMeetings.Where(m => m.JppId == "jpp-heerlen").OrderBy(m => m.StartsAtUtc).FirstAsync();
        var youth = RegisterTestData.Youth("PMG-J-0042", "Fictief", null, "Geheimnaam", new DateOnly(2011, 5, 5), casusregisseurId: TestDirectory.Casusregisseur);
        db.Youths.Add(youth);
        await db.SaveChangesAsync();
        var decidedAt = meeting.StartsAtUtc.AddHours(1);
        var decision = new YouthDecision
        {
            MeetingId = meeting.Id,
            YouthId = youth.Id,
            Kind = DecisionKind.VervolgJpp,
            FromLevel = YouthLevel.Groen,
            ToLevel = YouthLevel.Groen,
            CasusregisseurId = TestDirectory.Casusregisseur,
            NextReviewDate = new DateOnly(2027, 1, 12),
            DecidedById = TestDirectory.VoorzitterHeerlen,
            DecidedAtUtc = decidedAt,
            Items =
            [
                .. dueDates.Select((dueDate, n) => new ActionItem
                {
                    MeetingId = meeting.Id,
                    YouthId = youth.Id,
                    JppId = "jpp-heerlen",
                    OwnerId = Owners[n % Owners.Length],
                    What = $"Fictieve afspraak {n}",
                    DueDate = dueDate,
                    State = ActionItemState.Open,
                    CreatedById = TestDirectory.VoorzitterHeerlen,
                    CreatedAtUtc = decidedAt,
                }),
            ],
        };
        db.Add(decision);
        await db.SaveChangesAsync();
        return decision.Items;
    }
}
