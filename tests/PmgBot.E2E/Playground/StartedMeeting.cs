using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PmgBot.Core.Data;
using PmgBot.Core.Features.Actions.Decisions;
using PmgBot.Core.Features.Meetings.AgendaItems;
using PmgBot.Core.Register;

namespace PmgBot.E2E.Playground;

/// <summary>
/// What the decision scenario needs in the running bot's SQLite database (written from the test process through Core's
/// own registration, as <c>OutboxDatabase</c> does): a JPP Heerlen meeting that started an hour ago with one youth on its
/// agenda. Its own meeting, so whatever the demo data decided for its own past meetings cannot be in the way; the
/// meeting planner only touches meetings that are still ahead.
/// </summary>
public sealed class StartedMeeting : IAsyncDisposable
{
    private readonly IHost _host;

    public StartedMeeting(string databasePath)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            DisableDefaults = true,
            EnvironmentName = Environments.Production,
            ContentRootPath = Path.GetDirectoryName(databasePath),
        });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["Database:ConnectionString"] = $"Data Source={databasePath}",
        });
        builder.Services.AddLogging();
        builder.Services.AddPmgData(builder.Configuration, builder.Environment);
        _host = builder.Build();
    }

    /// <summary>Puts the youth of JPP Heerlen born on <paramref name="dateOfBirth"/> on a new meeting that started an hour ago; returns its code.</summary>
    public async Task<string> AddAsync(DateOnly dateOfBirth)
    {
        await using var scope = _host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PmgDbContext>();
        var youth = await db.Youths.AsNoTracking().SingleAsync(y => y.JppId == "jpp-heerlen" && y.DateOfBirth == dateOfBirth);
        var now = TimeProvider.System.GetUtcNow().UtcDateTime;
        var meeting = new JppMeeting { JppId = "jpp-heerlen", StartsAtUtc = now.AddHours(-1), EndsAtUtc = now.AddHours(2) };
        db.JppMeetings.Add(meeting);
        await db.SaveChangesAsync();
        db.Set<MeetingAgendaItem>().Add(new MeetingAgendaItem
        {
            MeetingId = meeting.Id,
            YouthId = youth.Id,
            Sources = AgendaItemSources.Chair,
            Status = AgendaItemStatus.Active,
            AddedAtUtc = now.AddDays(-7),
        });
        await db.SaveChangesAsync();
        return youth.Code;
    }

    /// <summary>The action items of the youth, oldest first: (id, owner, state).</summary>
    public async Task<IReadOnlyList<(long Id, string OwnerId, ActionItemState State)>> ItemsAsync(string code)
    {
        await using var scope = _host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PmgDbContext>();
        var youthId = await db.Youths.Where(y => y.Code == code).Select(y => y.Id).SingleAsync();
        var items = await db.Set<ActionItem>().AsNoTracking().Where(i => i.YouthId == youthId).OrderBy(i => i.Id)
            .Select(i => new { i.Id, i.OwnerId, i.State }).ToListAsync();
        return [.. items.Select(i => (i.Id, i.OwnerId, i.State))];
    }

    public async ValueTask DisposeAsync()
    {
        _host.Dispose();
        await Task.CompletedTask;
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }
}
