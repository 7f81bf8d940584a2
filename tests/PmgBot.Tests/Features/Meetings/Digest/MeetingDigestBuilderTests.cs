using PmgBot.Jobs;
using PmgBot.Core.Outbox;
using PmgBot.Core.Directory;
using Microsoft.Extensions.DependencyInjection;
using PmgBot.Core.Data;
using PmgBot.Core.Features.Meetings.Agenda;
using PmgBot.Core.Features.Meetings.AgendaItems;
using PmgBot.Core.Features.Meetings.Bookings;
using PmgBot.Core.Features.Meetings.Calendar;
using PmgBot.Core.Features.Meetings.Digest;
using PmgBot.Core.Register;
using PmgBot.Tests.Features.Meetings.AgendaItems;
using PmgBot.Tests.Features.Meetings.Bookings;
using PmgBot.Tests.Storage;
using PmgBot.Tests.Support;

namespace PmgBot.Tests.Features.Meetings.Digest;

/// <summary>
/// The digest of the next meeting of <see cref="AgendaScenario"/> (Tuesday 1 December 2026, 13:30–16:30 in Amsterdam) on
/// both providers: counts, the planned order with each organisation's window, invitations still to send, conflicts.
/// </summary>
[Collection(PostgresServerCollection.Name)]
public sealed class MeetingDigestBuilderTests(PostgresServer postgres)
{
    private static readonly DateTimeOffset MeetingStart = new(2026, 12, 1, 12, 30, 0, TimeSpan.Zero);

    [Theory]
    [MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task BuildAsync_NextMeeting_CountsOrderWindowsAndInvitations(StorageProvider provider)
    {
        await using var scenario = await AgendaScenario.CreateAsync(provider, postgres);
        var calendar = new FakeCalendarGateway();

        var digest = await BuildAsync(scenario, calendar, new InMemoryBookingStore());

        Assert.Equal("JPP Heerlen", digest.JppName);
        Assert.Equal(new DigestCounts(Nieuw: 2, Vervolg: 1, OpAfschalen: 1, Geen: 1, Groen: 1, Oranje: 1, Rood: 0, WithoutYouth: 1, InvitationsToSend: 3), digest.Counts);
        Assert.Equal(
        [
            ("PMG-J-0001", AgendaItemKind.Nieuw, (YouthLevel?)YouthLevel.Geen, 0, 10),
            ("PMG-2026-00102", AgendaItemKind.Nieuw, null, 10, 10),
            ("PMG-J-0002", AgendaItemKind.Vervolg, YouthLevel.Groen, 20, 5),
            ("PMG-J-0003", AgendaItemKind.OpAfschalen, YouthLevel.Oranje, 25, 15),
        ], digest.Items.Select(i => (i.Subject, i.Kind, i.Level, i.StartMinute, i.Minutes)));
        Assert.Equal(
            ["Jongerenwerk Voorbeeld 0-10 (1)", "Scholengemeenschap De Voorbeeldschool 0-10 (1)", "Politie Basisteam Voorbeeld 10-25 (2)", "Gemeente Heerlen 25-40 (1)"],
            digest.Windows.Select(w => $"{w.Name} {w.StartMinute}-{w.EndMinute} ({w.CaseCount})"));
        Assert.Equal((0, 0), (digest.WaitingMinutes, digest.ArrivalOrderWaitingMinutes));
        Assert.Empty(digest.PlanErrors);
        // The booking plan: the whole meeting for the series' people, windows for the organisations with someone else to invite.
        var plan = Assert.IsType<MeetingBookingPlan>(digest.BookingPlan);
        Assert.Equal("Heerlen", plan.JppName);
        Assert.Equal("jpp.heerlen@heerlen.example", plan.OrganizerMailbox);
        Assert.Equal(new CalendarWindow(MeetingStart, MeetingStart.AddHours(3)), plan.Meeting);
        Assert.Equal(["paula.politie@politie.example", "piet.proces@zvh.example", "vera.voorzitter@zvh.example", "wim.tweede@heerlen.example"],
            plan.CoreMembers.Select(a => a.Email));
        Assert.Equal(["jongerenwerk", "voorbeeldschool"], plan.Organisations.Select(o => o.OrganisationId).Order(StringComparer.Ordinal));
        Assert.False(digest.Conflicts.Known);
    }

    [Theory]
    [MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task BuildAsync_AfterBooking_NothingLeftToSendAndTheMeetingItselfIsNoConflict(StorageProvider provider)
    {
        await using var scenario = await AgendaScenario.CreateAsync(provider, postgres);
        var calendar = new FakeCalendarGateway();
        var store = new InMemoryBookingStore();
        var before = await BuildAsync(scenario, calendar, store);

        var report = await new MeetingBooker(calendar, store).BookAsync(before.BookingPlan!, default);
        // Now the meeting is in the core members' calendars: Paula has it (exactly the meeting), Piet has it and another appointment overlapping.
        calendar.Schedules["paula.politie@politie.example"] = [new BusyInterval(MeetingStart, MeetingStart.AddHours(3), BusyKind.Busy)];
        calendar.Schedules["piet.proces@zvh.example"] = [new BusyInterval(MeetingStart.AddMinutes(-30), MeetingStart.AddHours(3), BusyKind.Busy)];
        var after = await BuildAsync(scenario, calendar, store);

        Assert.Equal(new BookingReport(3, 0, null, true, false, false), report);
        Assert.Equal(0, after.Counts.InvitationsToSend);
        Assert.Equal(new DigestConflicts(true, 2, [new DigestConflict("Piet Proces", BusyKind.Busy)]), after.Conflicts, new ConflictsComparer());
    }

    [Theory]
    [MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task BuildAsync_CoreMembersCalendars_OverlapsAreConflictsElsewhereAndAfterAreNot(StorageProvider provider)
    {
        await using var scenario = await AgendaScenario.CreateAsync(provider, postgres);
        var calendar = new FakeCalendarGateway();
        calendar.Schedules["paula.politie@politie.example"] = [new BusyInterval(MeetingStart.AddMinutes(-30), MeetingStart.AddMinutes(30), BusyKind.Busy)];
        calendar.Schedules["vera.voorzitter@zvh.example"] = [new BusyInterval(MeetingStart.AddHours(-4), MeetingStart.AddHours(5), BusyKind.Elsewhere)];
        calendar.Schedules["piet.proces@zvh.example"] = [new BusyInterval(MeetingStart.AddHours(3), MeetingStart.AddHours(4), BusyKind.OutOfOffice)];
        calendar.Schedules["wim.tweede@heerlen.example"] = [
            new BusyInterval(MeetingStart.AddHours(1), MeetingStart.AddHours(2), BusyKind.Tentative),
            new BusyInterval(MeetingStart.AddHours(2), MeetingStart.AddHours(3), BusyKind.OutOfOffice),
        ];

        var digest = await BuildAsync(scenario, calendar, new InMemoryBookingStore());

        Assert.Equal(
            new DigestConflicts(true, 4, [new DigestConflict("Paula Politie", BusyKind.Busy), new DigestConflict("Wim Tweede", BusyKind.OutOfOffice)]),
            digest.Conflicts, new ConflictsComparer());
        Assert.Equal("2 van de 4 vaste deelnemers hebben dan een andere afspraak.", DigestTexts.Conflicts(digest.Conflicts));
    }

    [Fact]
    public void AgendaVersion_SameItemsAnyOrder_SameNumberAndAChangeGivesAnother()
    {
        var a = Agenda(Item(1, 10, 1), Item(2, 5, 1));
        var b = Agenda(Item(2, 5, 1), Item(1, 10, 1));
        var minutes = Agenda(Item(1, 15, 1), Item(2, 5, 1));
        var version = Agenda(Item(1, 10, 2), Item(2, 5, 1));

        Assert.Equal(MeetingDigestBuilder.AgendaVersion(a), MeetingDigestBuilder.AgendaVersion(b));
        Assert.NotEqual(MeetingDigestBuilder.AgendaVersion(a), MeetingDigestBuilder.AgendaVersion(minutes));
        Assert.NotEqual(MeetingDigestBuilder.AgendaVersion(a), MeetingDigestBuilder.AgendaVersion(version));
        Assert.True(MeetingDigestBuilder.AgendaVersion(a) >= 0);
    }

    [Theory]
    [InlineData("JPP Heerlen", "Heerlen")]
    [InlineData("jpp Brunssum", "Brunssum")]
    [InlineData("Parkstad-Zuid", "Parkstad-Zuid")]
    [InlineData("JPPHeerlen", "JPPHeerlen")]
    public void PlaceName_DirectoryName_WithoutThePrefixTheInvitationsAdd(string jppName, string expected) =>
        Assert.Equal(expected, MeetingDigestBuilder.PlaceName(jppName));

    private static MeetingAgenda Agenda(params AgendaItemView[] items) =>
        new(1, "jpp-heerlen", MeetingStart.UtcDateTime, null, false, null, items, []);

    private static AgendaItemView Item(long id, int minutes, int version) =>
        new(id, "PMG-J-000" + id, id, null, AgendaItemKind.Nieuw, AgendaItemSources.Chair, AgendaItemStatus.Active, minutes, false, null, null, [], version);

    private static async Task<MeetingDigest> BuildAsync(AgendaScenario scenario, ICalendarGateway calendar, IBookingStore store)
    {
        await using var scope = scenario.Database.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PmgDbContext>();
        var agendas = MeetingTestServices.Builder(scope, scenario.Database);
        await agendas.RefreshAsync(scenario.Next, default);
        var agenda = await agendas.ReadAsync(scenario.Next, default);
        return await new MeetingDigestBuilder(db, calendar, store, new AgendaPlanner()).BuildAsync(agenda!, default);
    }

    private sealed class ConflictsComparer : IEqualityComparer<DigestConflicts>
    {
        public bool Equals(DigestConflicts? x, DigestConflicts? y) =>
            x is not null && y is not null && x.Known == y.Known && x.Checked == y.Checked && x.Members.SequenceEqual(y.Members);

        public int GetHashCode(DigestConflicts obj) => obj.Checked;
    }
}
