using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PmgBot.Core.Audit;
using PmgBot.Core.Data;
using PmgBot.Core.Directory;
using PmgBot.Core.Features.Meetings;
using PmgBot.Core.Register;
using PmgBot.Jobs;
using PmgBot.Jobs.Scheduling;
using PmgBot.Tests.Inbox;
using PmgBot.Tests.Scheduling;
using PmgBot.Tests.Storage;
using PmgBot.Tests.Support;

namespace PmgBot.Tests.Features.Meetings.Series;

/// <summary>
/// The planning as the bot schedules it: the <c>meeting-planning</c> job run by a Hangfire server (InMemory storage,
/// the bot's filters and registration) with a clock moved by hand, over Easter and the switch to summer time.
/// </summary>
[Collection(PostgresServerCollection.Name)]
public sealed class MeetingPlanningJobTests(PostgresServer postgres) : IAsyncLifetime
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2027, 3, 15, 5, 0, 0, TimeSpan.Zero));
    private readonly ScratchDatabases _databases = new(postgres, "meetings");

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _databases.DisposeAsync();

    [Theory]
    [MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task MeetingPlanning_RunAtStartThenAWeekLater_PlansOverEasterAndSummerTimeAndMovesTheHorizon(StorageProvider provider)
    {
        await using var services = await InboxTestServices.BuildAsync(provider, await _databases.ConnectionStringAsync(provider), _databases.ContentRoot, _clock);
        await ImportAsync(services, SeriesImportFiles.WithDirectory(SeriesImportFiles.Row(
            ("weekday", "\"maandag\""), ("everyWeeks", "1"), ("anchorDate", "\"2027-03-01\""), ("cancelledDates", "[\"2027-04-12\"]"), ("closingDays", null))));
        var jobs = JobSchedule.For(provider == StorageProvider.Sqlite ? DatabaseProvider.Sqlite : DatabaseProvider.Postgres)
            .Where(j => j.Id == "meeting-planning").ToList();
        using var hangfire = new HangfireTestServer(services);
        hangfire.Register(jobs);

        hangfire.Start(jobs);
        await hangfire.WaitForSuccessAsync(hangfire.LastRunOf("meeting-planning"));
        var first = await MeetingsAsync(services);
        await hangfire.WaitForSuccessAsync(hangfire.Manager.TriggerJob("meeting-planning"));
        var again = await MeetingsAsync(services);
        _clock.Advance(TimeSpan.FromDays(7));
        await hangfire.WaitForSuccessAsync(hangfire.Manager.TriggerJob("meeting-planning"));
        var weekLater = await MeetingsAsync(services);

        // Eight weeks from Monday 15 March 2027 (06:00 in Amsterdam); 12 April is cancelled.
        Assert.Equal(
        [
            "2027-03-15 12:30 ",
            "2027-03-22 12:30 ",
            "2027-03-29 11:30 Tweede Paasdag → 2027-03-30 11:30",
            "2027-04-05 11:30 ",
            "2027-04-19 11:30 ",
            "2027-04-26 11:30 ",
            "2027-05-03 11:30 ",
            "2027-05-10 11:30 ",
        ], first);
        Assert.Equal(first, again);
        Assert.Equal([.. first.Skip(1), "2027-05-17 11:30 Tweede Pinksterdag → 2027-05-18 11:30"], weekLater.Skip(1));
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PmgDbContext>();
        Assert.Equal(2, await db.AuditEvents.CountAsync(e => e.Action == MeetingAuditActions.Plan));
    }

    private static async Task ImportAsync(IServiceProvider services, string json)
    {
        await using var scope = services.CreateAsyncScope();
        var importer = scope.ServiceProvider.GetRequiredService<DirectoryImporter>();
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));
        var result = await importer.ImportAsync(stream, ImportFormat.Json, CancellationToken.None);
        Assert.True(result.Succeeded, result.Describe());
    }

    private static async Task<List<string>> MeetingsAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PmgDbContext>();
        var meetings = await db.JppMeetings.AsNoTracking().OrderBy(m => m.StartsAtUtc).ToListAsync();
        return [.. meetings.Select(m => $"{m.SeriesDate:yyyy-MM-dd} {m.StartsAtUtc:HH:mm} "
            + (m.OnDayOff ? $"{m.DayOffName} → {m.ProposedStartsAtUtc:yyyy-MM-dd HH:mm}" : ""))];
    }

}
