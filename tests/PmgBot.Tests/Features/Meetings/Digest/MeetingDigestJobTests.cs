using PmgBot.Jobs;
using PmgBot.Core.Outbox;
using PmgBot.Core.Register;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using PmgBot.Core.Audit;
using PmgBot.Core.Conversations;
using PmgBot.Core.Data;
using PmgBot.Core.Directory;
using PmgBot.Core.Features.Meetings;
using PmgBot.Core.Features.Meetings.AgendaItems;
using PmgBot.Core.Features.Meetings.Digest;
using PmgBot.Core.Features.Meetings.Series;
using PmgBot.Core.Protocol;
using PmgBot.Jobs.Scheduling;
using PmgBot.Tests.Auth;
using PmgBot.Tests.Features.Meetings.Series;
using PmgBot.Tests.Features.Register;
using PmgBot.Tests.Inbox;
using PmgBot.Tests.Integration;
using PmgBot.Tests.Scheduling;
using PmgBot.Tests.Storage;
using PmgBot.Tests.Support;

namespace PmgBot.Tests.Features.Meetings.Digest;

/// <summary>
/// The chair's digest as the bot sends it: the <c>meeting-digest</c> job (Hangfire InMemory, the bot's registration and
/// filters) and its sender over the bot's services, with a clock moved by hand. JPP Heerlen meets on Tuesdays at 13:30
/// every two weeks from 1 December 2026; its chairs are Vera Voorzitter and Wim Tweede, both with a personal chat.
/// </summary>
[Collection(PostgresServerCollection.Name)]
public sealed class MeetingDigestJobTests(PostgresServer postgres) : IAsyncLifetime
{
    private const string YouthLastName = "Geheimnaam";
    private static readonly string[] Chairs = [TestDirectory.VoorzitterHeerlen, TestDirectory.TweedeVoorzitterHeerlen];

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 22, 8, 0, 0, TimeSpan.Zero));
    private readonly ScratchDatabases _databases = new(postgres, "digest");
    private string? _connectionString;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _databases.DisposeAsync();

    /// <summary>The sender loads each series with its members and dates: as split queries, which EF otherwise warns about on every start.</summary>
    [Theory]
    [MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task MeetingDigest_DueDigests_LogNoWarning(StorageProvider provider)
    {
        using var logs = new CapturingLoggerProvider();
        await using var services = await ServicesAsync(provider, SeriesImportFiles.Row(), logs: logs);
        _clock.SetUtcNow(new DateTimeOffset(2026, 11, 27, 8, 0, 0, TimeSpan.Zero));
        using var hangfire = await StartDigestJobAsync(services, provider);

        Assert.Equal(Chairs.Length, (await DigestsAsync(services)).Count);
        Assert.Empty(logs.Events.Where(e => e.Level >= LogLevel.Warning).Select(e => $"{e.EventId}: {e.Message}"));
    }

    [Theory]
    [MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task MeetingDigest_RunsAroundNineOnTheDueDay_OneDigestPerChairThroughTheOutboxWithoutNames(StorageProvider provider)
    {
        await using var services = await ServicesAsync(provider, SeriesImportFiles.Row());
        using var hangfire = await StartDigestJobAsync(services, provider);
        var atStart = await DigestsAsync(services);
        // Two working days before Tuesday 1 December is Friday 27 November; 09:00 in Amsterdam is 08:00 UTC.
        _clock.SetUtcNow(new DateTimeOffset(2026, 11, 27, 7, 59, 0, TimeSpan.Zero));
        await hangfire.WaitForSuccessAsync(hangfire.Manager.TriggerJob("meeting-digest"));
        var justBefore = await DigestsAsync(services);
        _clock.SetUtcNow(new DateTimeOffset(2026, 11, 27, 8, 0, 0, TimeSpan.Zero));
        await hangfire.WaitForSuccessAsync(hangfire.Manager.TriggerJob("meeting-digest"));
        var atNine = await DigestsAsync(services);
        _clock.Advance(TimeSpan.FromHours(1));
        await hangfire.WaitForSuccessAsync(hangfire.Manager.TriggerJob("meeting-digest"));
        var hourLater = await DigestsAsync(services);

        Assert.Empty(atStart);
        Assert.Empty(justBefore);
        Assert.Equal(Chairs.Order(StringComparer.Ordinal), atNine.Select(d => d.Chair).Order(StringComparer.Ordinal));
        Assert.Equal(atNine.Select(d => d.OutboxId), hourLater.Select(d => d.OutboxId));
        foreach (var digest in atNine)
        {
            var activity = digest.Activity;
            Assert.Equal("De agenda voor het casusoverleg van JPP Heerlen op dinsdag 1 december 2026 staat klaar: 1 casus. "
                + "Bekijk de volgorde en bevestig om de uitnodigingen te versturen.", activity.Text);
            Assert.Equal("Agenda JPP Heerlen, 1 december 2026: 1 casus", activity.Summary);
            var card = CardStrings(activity);
            Assert.Contains(card, s => s.StartsWith("PMG-J-0042 · nieuw · groen · 10 min", StringComparison.Ordinal));
            Assert.Contains(MeetingVerbs.ConfirmBooking, card);
            Assert.DoesNotContain(YouthLastName, digest.Json, StringComparison.Ordinal);
            Assert.DoesNotContain("PMG-J-0042", activity.Text + activity.Summary, StringComparison.Ordinal);
        }

        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PmgDbContext>();
        Assert.Equal(2, await db.Set<MeetingDigestSent>().CountAsync());
        Assert.Equal(2, await db.AuditEvents.CountAsync(e => e.Action == MeetingAuditActions.DigestSent && e.Actor == AuditActors.System));
    }

    [Theory]
    [MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task SendDueAsync_BotDownOverTheDueTime_CaughtUpOnceWhileTheMeetingIsAhead(StorageProvider provider)
    {
        await using var services = await ServicesAsync(provider, SeriesImportFiles.Row());

        // Down from Thursday to Monday 30 November 16:00: the run after it sends the Friday digest.
        _clock.SetUtcNow(new DateTimeOffset(2026, 11, 30, 15, 0, 0, TimeSpan.Zero));
        var first = await SendAsync(services);
        var second = await SendAsync(services);

        Assert.Equal(new DigestRunResult(2, 0, 0), first);
        Assert.Equal(new DigestRunResult(0, 0, 0), second);
        Assert.Equal(2, (await DigestsAsync(services)).Count);
    }

    [Theory]
    [MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task SendDueAsync_BotDownUntilAfterTheMeeting_NothingForThatMeeting(StorageProvider provider)
    {
        await using var services = await ServicesAsync(provider, SeriesImportFiles.Row());

        // Back on Tuesday 1 December at 14:00 in Amsterdam: that meeting began at 13:30; the next one (15 December) is not due yet.
        _clock.SetUtcNow(new DateTimeOffset(2026, 12, 1, 13, 0, 0, TimeSpan.Zero));
        var result = await SendAsync(services);

        Assert.Equal(new DigestRunResult(0, 0, 0), result);
        Assert.Empty(await DigestsAsync(services));
    }

    [Theory]
    [MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task SendDueAsync_DstWeekOverEaster_DueOnWednesdayAtNineWinterTime(StorageProvider provider)
    {
        // Tuesday 30 March 2027: summer time since Sunday 28 March; Friday 26 March (Goede Vrijdag) and Monday 29 March
        // (Tweede Paasdag) are no working days, so two working days before is Wednesday 24 March, 09:00 CET = 08:00 UTC.
        _clock.SetUtcNow(new DateTimeOffset(2027, 3, 20, 8, 0, 0, TimeSpan.Zero));
        await using var services = await ServicesAsync(provider, SeriesImportFiles.Row(
            ("anchorDate", "\"2027-03-30\""), ("cancelledDates", null), ("closingDays", null)), youthOnNextMeeting: false);

        _clock.SetUtcNow(new DateTimeOffset(2027, 3, 24, 7, 59, 0, TimeSpan.Zero));
        var before = await SendAsync(services);
        _clock.SetUtcNow(new DateTimeOffset(2027, 3, 24, 8, 0, 0, TimeSpan.Zero));
        var at = await SendAsync(services);

        Assert.Equal(new DigestRunResult(0, 0, 0), before);
        Assert.Equal(new DigestRunResult(2, 0, 0), at);
        var digest = (await DigestsAsync(services))[0];
        Assert.Contains("dinsdag 30 maart 2027, 13:30–16:30", CardStrings(digest.Activity));
    }

    [Theory]
    [MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task SendDueAsync_OwnSettingForTheJpp_ThreeWorkingDaysBefore(StorageProvider provider)
    {
        await using var services = await ServicesAsync(provider, SeriesImportFiles.Row(),
            options: new MeetingOptions { DigestWorkingDaysByJpp = { ["jpp-heerlen"] = 3 } });

        // Three working days before Tuesday 1 December: Thursday 26 November, 09:00.
        _clock.SetUtcNow(new DateTimeOffset(2026, 11, 26, 8, 0, 0, TimeSpan.Zero));
        var result = await SendAsync(services);

        Assert.Equal(new DigestRunResult(2, 0, 0), result);
    }

    [Fact]
    public async Task SendDueAsync_TwoSendersOnOnePostgres_OneDigestPerChair()
    {
        await using var services = await ServicesAsync(StorageProvider.Postgres, SeriesImportFiles.Row());
        _clock.SetUtcNow(new DateTimeOffset(2026, 11, 27, 8, 0, 0, TimeSpan.Zero));

        var results = await Task.WhenAll(SendAsync(services), SendAsync(services));

        Assert.Equal(2, results.Sum(r => r.Sent));
        Assert.Equal(0, results.Sum(r => r.NotQueued));
        var digests = await DigestsAsync(services);
        Assert.Equal(Chairs.Order(StringComparer.Ordinal), digests.Select(d => d.Chair).Order(StringComparer.Ordinal));
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PmgDbContext>();
        Assert.Equal(2, await db.Set<MeetingDigestSent>().CountAsync());
        Assert.Equal(2, await db.OutboxMessages.CountAsync());
    }

    [Theory]
    [MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task RemindLater_AfterTheDigest_SentAgainOnceTheNextWorkingMorningAlsoAfterARestart(StorageProvider provider)
    {
        var services = await ServicesAsync(provider, SeriesImportFiles.Row());
        // Friday 27 November, 11:00 in Amsterdam: the digest went out at 09:00 and Vera asks for it again later.
        _clock.SetUtcNow(new DateTimeOffset(2026, 11, 27, 10, 0, 0, TimeSpan.Zero));
        Assert.Equal(new DigestRunResult(2, 0, 0), await SendAsync(services));
        var at = await RemindAsync(services, TestDirectory.VoorzitterHeerlen);
        _clock.SetUtcNow(new DateTimeOffset(2026, 11, 30, 7, 59, 0, TimeSpan.Zero));
        var before = await RemindersAsync(services);
        await services.DisposeAsync();

        // The bot restarts; at Monday 09:00 the hourly job's run sends it, once.
        await using var restarted = await RestartAsync(provider);
        _clock.SetUtcNow(new DateTimeOffset(2026, 11, 30, 8, 0, 0, TimeSpan.Zero));
        using var hangfire = await StartDigestJobAsync(restarted, provider);
        var again = await RemindersAsync(restarted);
        var digestsAgain = await SendAsync(restarted);

        // Monday 30 November 09:00 in Amsterdam (Friday's 09:00 had passed).
        Assert.Equal(new DateTime(2026, 11, 30, 8, 0, 0, DateTimeKind.Utc), at);
        Assert.Equal(new DigestRunResult(0, 0, 0), before);
        Assert.Equal(new DigestRunResult(0, 0, 0), again);
        Assert.Equal(new DigestRunResult(0, 0, 0), digestsAgain);
        await using var scope = restarted.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PmgDbContext>();
        var meeting = await db.JppMeetings.Where(m => m.JppId == "jpp-heerlen").OrderBy(m => m.StartsAtUtc).Select(m => m.Id).FirstAsync();
        var message = await db.OutboxMessages.AsNoTracking().SingleAsync(m => m.DedupKey!.StartsWith("meeting-digest-reminder:"));
        Assert.Equal(DigestReminderSender.DedupKey(meeting, TestDirectory.VoorzitterHeerlen, 1), message.DedupKey);
        var activity = JsonSerializer.Deserialize<Activity>(message.ActivityJson, ProtocolJson.Options)!;
        Assert.Equal("Herinnering: de agenda voor het casusoverleg van JPP Heerlen op dinsdag 1 december 2026 staat klaar: 1 casus. "
            + "Bekijk de volgorde en bevestig om de uitnodigingen te versturen.", activity.Text);
        Assert.Equal("Herinnering: Agenda JPP Heerlen, 1 december 2026: 1 casus", activity.Summary);
        Assert.Contains(CardStrings(activity), t => t.StartsWith("PMG-J-0042 · nieuw · groen · 10 min", StringComparison.Ordinal));
        Assert.DoesNotContain(YouthLastName, message.ActivityJson, StringComparison.Ordinal);
        var reminder = await db.Set<MeetingDigestReminder>().AsNoTracking().SingleAsync();
        Assert.Null(reminder.RemindAtUtc);
        Assert.Equal(new DateTime(2026, 11, 30, 8, 0, 0, DateTimeKind.Utc), reminder.SentAtUtc);
        Assert.Equal(2, await db.Set<MeetingDigestSent>().CountAsync());
        Assert.Equal(3, await db.AuditEvents.CountAsync(e => e.Action == MeetingAuditActions.DigestSent));
    }

    [Theory]
    [MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task RemindLater_BeforeTheDigestWasDue_TheReminderComesAndTheScheduledDigestStillComes(StorageProvider provider)
    {
        await using var services = await ServicesAsync(provider, SeriesImportFiles.Row());
        // Tuesday 24 November, 10:00 in Amsterdam (the chair opened 'agenda' early): reminded Wednesday 09:00.
        _clock.SetUtcNow(new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.Zero));
        var at = await RemindAsync(services, TestDirectory.VoorzitterHeerlen);
        _clock.SetUtcNow(new DateTimeOffset(2026, 11, 25, 8, 0, 0, TimeSpan.Zero));
        var reminders = await RemindersAsync(services);
        var early = await SendAsync(services);
        _clock.SetUtcNow(new DateTimeOffset(2026, 11, 27, 8, 0, 0, TimeSpan.Zero));
        var scheduled = await SendAsync(services);

        Assert.Equal(new DateTime(2026, 11, 25, 8, 0, 0, DateTimeKind.Utc), at);
        Assert.Equal(new DigestRunResult(1, 0, 0), reminders);
        Assert.Equal(new DigestRunResult(0, 0, 0), early);
        Assert.Equal(new DigestRunResult(2, 0, 0), scheduled);
    }

    [Theory]
    [MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task RemindLater_TheMeetingBeganFirst_NothingSentAndTheReminderCleared(StorageProvider provider)
    {
        await using var services = await ServicesAsync(provider, SeriesImportFiles.Row());
        _clock.SetUtcNow(new DateTimeOffset(2026, 11, 30, 10, 0, 0, TimeSpan.Zero));
        var at = await RemindAsync(services, TestDirectory.VoorzitterHeerlen);
        // The bot was down from Monday until after the meeting began (Tuesday 13:30).
        _clock.SetUtcNow(new DateTimeOffset(2026, 12, 1, 13, 0, 0, TimeSpan.Zero));
        var result = await RemindersAsync(services);

        Assert.Equal(new DateTime(2026, 12, 1, 8, 0, 0, DateTimeKind.Utc), at);
        Assert.Equal(new DigestRunResult(0, 0, 0), result);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PmgDbContext>();
        Assert.Null((await db.Set<MeetingDigestReminder>().AsNoTracking().SingleAsync()).RemindAtUtc);
        Assert.Equal(0, await db.OutboxMessages.CountAsync(m => m.DedupKey!.StartsWith("meeting-digest-reminder:")));
    }

    [Theory]
    [MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task RemindLater_TooCloseToTheMeeting_NothingStored(StorageProvider provider)
    {
        await using var services = await ServicesAsync(provider, SeriesImportFiles.Row());
        // Tuesday 1 December 11:00 in Amsterdam: tomorrow's 09:00 is after the 13:30 meeting, and so is 11:00 + 3 hours.
        _clock.SetUtcNow(new DateTimeOffset(2026, 12, 1, 10, 0, 0, TimeSpan.Zero));

        var at = await RemindAsync(services, TestDirectory.VoorzitterHeerlen);

        Assert.Null(at);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PmgDbContext>();
        Assert.Equal(0, await db.Set<MeetingDigestReminder>().CountAsync());
        Assert.Equal(1, await db.AuditEvents.CountAsync(e => e.Action == MeetingAuditActions.DigestRemind && e.Outcome == AuditOutcomes.Rejected));
    }

    [Fact]
    public async Task RemindLater_TwoSendersOnOnePostgres_OneReminder()
    {
        await using var services = await ServicesAsync(StorageProvider.Postgres, SeriesImportFiles.Row());
        _clock.SetUtcNow(new DateTimeOffset(2026, 11, 27, 10, 0, 0, TimeSpan.Zero));
        await RemindAsync(services, TestDirectory.VoorzitterHeerlen);
        await RemindAsync(services, TestDirectory.TweedeVoorzitterHeerlen);
        _clock.SetUtcNow(new DateTimeOffset(2026, 11, 30, 8, 0, 0, TimeSpan.Zero));

        var results = await Task.WhenAll(RemindersAsync(services), RemindersAsync(services));

        Assert.Equal(2, results.Sum(r => r.Sent));
        Assert.Equal(0, results.Sum(r => r.NotQueued));
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PmgDbContext>();
        Assert.Equal(2, await db.OutboxMessages.CountAsync(m => m.DedupKey!.StartsWith("meeting-digest-reminder:")));
    }

    [Theory]
    [MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task SendDueAsync_SeriesOwnDigestDays_BeforeTheSetting(StorageProvider provider)
    {
        // The series says 4 working days; the setting for the JPP says 3: Wednesday 25 November, 09:00.
        await using var services = await ServicesAsync(provider, SeriesImportFiles.Row(("digestWorkingDays", "4")),
            options: new MeetingOptions { DigestWorkingDaysByJpp = { ["jpp-heerlen"] = 3 } });

        _clock.SetUtcNow(new DateTimeOffset(2026, 11, 25, 7, 59, 0, TimeSpan.Zero));
        var before = await SendAsync(services);
        _clock.SetUtcNow(new DateTimeOffset(2026, 11, 25, 8, 0, 0, TimeSpan.Zero));
        var at = await SendAsync(services);

        Assert.Equal(new DigestRunResult(0, 0, 0), before);
        Assert.Equal(new DigestRunResult(2, 0, 0), at);
    }

    private async Task<DateTime?> RemindAsync(IServiceProvider services, string chair)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PmgDbContext>();
        var meeting = await db.JppMeetings.Where(m => m.JppId == "jpp-heerlen" && m.StartsAtUtc > _clock.GetUtcNow().UtcDateTime)
            .OrderBy(m => m.StartsAtUtc).Select(m => m.Id).FirstAsync();
        var agenda = await scope.ServiceProvider.GetRequiredService<MeetingAgendaBuilder>().ReadAsync(meeting, CancellationToken.None);
        var profile = await scope.ServiceProvider.GetRequiredService<IProfessionalDirectory>().FindAsync(chair, CancellationToken.None);
        return await scope.ServiceProvider.GetRequiredService<DigestReminderRequests>().RequestAsync(profile!, agenda!, CancellationToken.None);
    }

    private static async Task<DigestRunResult> RemindersAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DigestReminderSender>().SendDueAsync(CancellationToken.None);
    }

    private static async Task<DigestRunResult> SendAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<MeetingDigestSender>().SendDueAsync(CancellationToken.None);
    }

    /// <summary>A new container (the bot after a restart) over the database of the last <see cref="ServicesAsync"/>.</summary>
    private Task<ServiceProvider> RestartAsync(StorageProvider provider) =>
        InboxTestServices.BuildAsync(provider, _connectionString!, _databases.ContentRoot, _clock);

    /// <summary>The bot's <c>meeting-digest</c> job on a Hangfire test server, started, with its run at start finished.</summary>
    private static async Task<HangfireTestServer> StartDigestJobAsync(IServiceProvider services, StorageProvider provider)
    {
        var jobs = JobSchedule.For(provider == StorageProvider.Sqlite ? DatabaseProvider.Sqlite : DatabaseProvider.Postgres)
            .Where(j => j.Id == "meeting-digest").ToList();
        var hangfire = new HangfireTestServer(services);
        try
        {
            hangfire.Register(jobs);
            hangfire.Start(jobs);
            await hangfire.WaitForSuccessAsync(hangfire.LastRunOf("meeting-digest"));
            return hangfire;
        }
        catch
        {
            hangfire.Dispose();
            throw;
        }
    }

    private async Task<ServiceProvider> ServicesAsync(
        StorageProvider provider, string seriesRow, bool youthOnNextMeeting = true, MeetingOptions? options = null, ILoggerProvider? logs = null)
    {
        _connectionString = await _databases.ConnectionStringAsync(provider);
        var services = await InboxTestServices.BuildAsync(provider, _connectionString, _databases.ContentRoot, _clock, configure: s =>
        {
            if (options is not null)
            {
                s.AddSingleton(Microsoft.Extensions.Options.Options.Create(options));
            }

            if (logs is not null)
            {
                s.AddLogging(b => b.AddProvider(logs));
            }
        });
        await using var scope = services.CreateAsyncScope();
        var importer = scope.ServiceProvider.GetRequiredService<DirectoryImporter>();
        using (var stream = new MemoryStream(Encoding.UTF8.GetBytes(SeriesImportFiles.WithDirectory(seriesRow))))
        {
            var imported = await importer.ImportAsync(stream, ImportFormat.Json, CancellationToken.None);
            Assert.True(imported.Succeeded, imported.Describe());
        }

        await scope.ServiceProvider.GetRequiredService<MeetingSeriesPlanner>().PlanAllAsync(CancellationToken.None);
        var references = scope.ServiceProvider.GetRequiredService<IConversationReferenceStore>();
        foreach (var chair in Chairs)
        {
            await references.SaveAsync(new ConversationReference(
                "https://smba.trafficmanager.net/emea/", "a:personal-" + chair, TestDatabase.AllowedTenant, "29:" + chair, chair, "28:bot", "msteams",
                ConversationTypes.Personal), CancellationToken.None);
        }

        if (youthOnNextMeeting)
        {
            var db = scope.ServiceProvider.GetRequiredService<PmgDbContext>();
            var next = await db.JppMeetings.Where(m => m.JppId == "jpp-heerlen").OrderBy(m => m.StartsAtUtc).Select(m => m.Id).FirstAsync();
            var youth = RegisterTestData.Youth("PMG-J-0042", "Fictief", null, YouthLastName, new DateOnly(2011, 5, 5));
            db.Youths.Add(youth);
            await db.SaveChangesAsync();
            db.Set<MeetingAgendaItem>().Add(new MeetingAgendaItem
            {
                MeetingId = next,
                YouthId = youth.Id,
                Sources = AgendaItemSources.Chair,
                Status = AgendaItemStatus.Active,
                AddedAtUtc = _clock.GetUtcNow().UtcDateTime,
                AddedById = TestDirectory.VoorzitterHeerlen,
            });
            await db.SaveChangesAsync();
        }

        return services;
    }

    private static async Task<List<SentDigest>> DigestsAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PmgDbContext>();
        var messages = await db.OutboxMessages.AsNoTracking().Where(m => m.DedupKey != null && m.DedupKey.StartsWith("meeting-digest:"))
            .OrderBy(m => m.DedupKey).ToListAsync();
        var sent = await db.Set<MeetingDigestSent>().AsNoTracking().ToListAsync();
        return [.. messages.Select(m => new SentDigest(
            sent.Single(s => s.OutboxMessageId == m.Id).ProfessionalId,
            m.Id,
            m.ActivityJson,
            JsonSerializer.Deserialize<Activity>(m.ActivityJson, ProtocolJson.Options)!))];
    }

    /// <summary>Every string value of the card (unescaped), to look for texts and verbs.</summary>
    private static List<string> CardStrings(Activity activity)
    {
        var strings = new List<string>();
        void Walk(System.Text.Json.Nodes.JsonNode? node)
        {
            switch (node)
            {
                case System.Text.Json.Nodes.JsonObject obj:
                    foreach (var property in obj)
                    {
                        Walk(property.Value);
                    }

                    break;
                case System.Text.Json.Nodes.JsonArray array:
                    foreach (var item in array)
                    {
                        Walk(item);
                    }

                    break;
                case System.Text.Json.Nodes.JsonValue value when value.TryGetValue<string>(out var text):
                    strings.Add(text);
                    break;
            }
        }

        Walk(System.Text.Json.Nodes.JsonNode.Parse(JsonSerializer.Serialize(activity.Attachments![0].Content)));
        return strings;
    }


    private sealed record SentDigest(string Chair, Guid OutboxId, string Json, Activity Activity);
}
