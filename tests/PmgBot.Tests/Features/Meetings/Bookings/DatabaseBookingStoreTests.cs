using PmgBot.Jobs;
using PmgBot.Core.Outbox;
using PmgBot.Core.Directory;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PmgBot.Core.Data;
using PmgBot.Core.Features.Meetings.Bookings;
using PmgBot.Core.Features.Meetings.Calendar;
using PmgBot.Core.Register;
using PmgBot.Tests.Features.Meetings.Calendar;
using PmgBot.Tests.Features.Meetings.Calendar.Graph;
using PmgBot.Tests.Integration;
using PmgBot.Tests.Storage;
using PmgBot.Tests.Support;

namespace PmgBot.Tests.Features.Meetings.Bookings;

/// <summary>The booking store in the bot's database, on both providers: rows as saved, and a booking run that continues from them.</summary>
[Collection(PostgresServerCollection.Name)]
public sealed class DatabaseBookingStoreTests(PostgresServer postgres)
{
    private static readonly DateTimeOffset Start = new(2026, 12, 8, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task SaveListRemove_MeetingAndWindows_RoundTripPerMeeting(StorageProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, postgres);
        var (meeting, other) = await MeetingsAsync(database);
        var own = new StoredBooking(null, new CalendarEventRef("jpp@gemeente.example", "evt-1"), Window(0, 120), ["a@x.example", "b@x.example"], null, "https://teams.example/join/1");
        var halt = new StoredBooking("halt", new CalendarEventRef("jpp@gemeente.example", "evt-2"), Window(20, 40), ["halt@halt.example"], "Body", "https://teams.example/join/1");

        await WithStoreAsync(database, s => s.SaveAsync(Id(meeting), own, default));
        await WithStoreAsync(database, s => s.SaveAsync(Id(meeting), halt, default));
        await WithStoreAsync(database, s => s.SaveAsync(Id(other), halt with { Event = new CalendarEventRef("jpp@gemeente.example", "evt-9") }, default));
        var moved = halt with { Window = Window(40, 60), AttendeeEmails = ["halt@halt.example", "halt2@halt.example"], BodyText = "Nieuw" };
        await WithStoreAsync(database, s => s.SaveAsync(Id(meeting), moved, default));
        var listed = await WithStoreAsync(database, s => s.ListAsync(Id(meeting), default));
        await WithStoreAsync(database, s => s.RemoveAsync(Id(meeting), "halt", default));
        var afterRemove = await WithStoreAsync(database, s => s.ListAsync(Id(meeting), default));

        Assert.Equal(2, listed.Count);
        Assert.Equivalent(own, listed.Single(b => b.OrganisationId is null), strict: true);
        Assert.Equivalent(moved, listed.Single(b => b.OrganisationId == "halt"), strict: true);
        Assert.Equal(new string?[] { null }, afterRemove.Select(b => b.OrganisationId));
        Assert.Single(await WithStoreAsync(database, s => s.ListAsync(Id(other), default)));
        await using var db = database.CreateContext();
        Assert.Equal(2, await db.Set<MeetingBooking>().CountAsync());
    }

    [Theory]
    [MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task BookAsync_ThroughTheDatabaseStore_SecondRunInANewScopeMakesNoCall(StorageProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, postgres);
        var (meeting, _) = await MeetingsAsync(database);
        await using var host = await GraphTestHost.StartAsync();

        var first = await WithStoreAsync(database, s => new MeetingBooker(host.Gateway, s).BookAsync(Plan(meeting), default));
        var requests = host.Server.Requests.Count;
        var second = await WithStoreAsync(database, s => new MeetingBooker(host.Gateway, s).BookAsync(Plan(meeting), default));

        Assert.Equal(new BookingReport(3, 0, null, true, false, false), first);
        Assert.Equal(new BookingReport(0, 0, null, true, false, false), second);
        Assert.Equal(requests, host.Server.Requests.Count);
        var stored = await WithStoreAsync(database, s => s.ListAsync(Id(meeting), default));
        Assert.Equal([null, "halt", "politie"], stored.Select(b => b.OrganisationId).Order(StringComparer.Ordinal));
        Assert.All(stored.Where(b => b.OrganisationId is not null), b => Assert.Equal(stored.Single(m => m.OrganisationId is null).JoinUrl, b.JoinUrl));
    }

    [Theory]
    [MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task Meeting_Removed_ItsBookingsGoWithIt(StorageProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, postgres);
        var (meeting, _) = await MeetingsAsync(database);
        await WithStoreAsync(database, s => s.SaveAsync(Id(meeting), new StoredBooking(null, new CalendarEventRef("m@x.example", "e"), Window(0, 60), [], null, null), default));

        await using (var db = database.CreateContext())
        {
            await db.JppMeetings.Where(m => m.Id == meeting).ExecuteDeleteAsync();
        }

        await using var check = database.CreateContext();
        Assert.Equal(0, await check.Set<MeetingBooking>().CountAsync());
    }

    [Fact]
    public void AddMeetingBookings_Registers_TheDatabaseStoreAndTheBookerScoped()
    {
        var services = new ServiceCollection();

        services.AddMeetingBookings();

        Assert.Contains(services, d => d.ServiceType == typeof(IBookingStore) && d.ImplementationType == typeof(DatabaseBookingStore) && d.Lifetime == ServiceLifetime.Scoped);
        Assert.Contains(services, d => d.ServiceType == typeof(MeetingBooker) && d.Lifetime == ServiceLifetime.Scoped);
    }

    private static async Task<T> WithStoreAsync<T>(TestDatabase database, Func<IBookingStore, Task<T>> action)
    {
        await using var scope = database.CreateScope();
        return await action(new DatabaseBookingStore(scope.ServiceProvider.GetRequiredService<PmgDbContext>(), database.Clock));
    }

    private static async Task WithStoreAsync(TestDatabase database, Func<IBookingStore, Task> action) =>
        await WithStoreAsync(database, async s =>
        {
            await action(s);
            return 0;
        });

    private static async Task<(long Meeting, long Other)> MeetingsAsync(TestDatabase database)
    {
        var imported = await MeetingTestServices.ImportAsync(database, TestDirectory.Json);
        Assert.True(imported.Succeeded, imported.Describe());
        await using var db = database.CreateContext();
        var meeting = new JppMeeting { JppId = "jpp-heerlen", StartsAtUtc = Start.UtcDateTime, EndsAtUtc = Start.UtcDateTime.AddHours(2) };
        var other = new JppMeeting { JppId = "jpp-heerlen", StartsAtUtc = Start.UtcDateTime.AddDays(14), EndsAtUtc = Start.UtcDateTime.AddDays(14).AddHours(2) };
        db.JppMeetings.AddRange(meeting, other);
        await db.SaveChangesAsync();
        return (meeting.Id, other.Id);
    }

    private static string Id(long meetingId) => meetingId.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static MeetingBookingPlan Plan(long meetingId) => new(
        Id(meetingId),
        1,
        "Heerlen",
        CalendarTestData.Organizer,
        Window(0, 120),
        [new("voorzitter@gemeente.example", "Voorzitter"), new("wijkagent@politie.example", "Wijkagent")],
        [
            new OrganisationBooking("halt", Window(20, 40), 2, [new("halt@halt.example", "Halt")]),
            new OrganisationBooking("politie", Window(40, 70), 3, [new("jeugdagent@politie.example", "Jeugdagent")]),
        ]);

    private static CalendarWindow Window(int from, int to) => new(Start.AddMinutes(from), Start.AddMinutes(to));
}
