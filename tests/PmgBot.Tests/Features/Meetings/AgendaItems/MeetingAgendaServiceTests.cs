using Microsoft.EntityFrameworkCore;
using PmgBot.Core.Audit;
using PmgBot.Core.Directory;
using PmgBot.Core.Features.Meetings;
using PmgBot.Core.Features.Meetings.Agenda;
using PmgBot.Core.Features.Meetings.AgendaItems;
using PmgBot.Core.Register;
using PmgBot.Tests.Integration;
using PmgBot.Tests.Features.Register;
using PmgBot.Tests.Storage;
using PmgBot.Tests.Support;

namespace PmgBot.Tests.Features.Meetings.AgendaItems;

/// <summary>The agenda of a meeting for its chair, on both providers (<see cref="AgendaScenario"/>).</summary>
[Collection(PostgresServerCollection.Name)]
public sealed class MeetingAgendaServiceTests(PostgresServer postgres)
{
    private const string LongReason = "Fictieve reden die de voorzitter typt en die nooit in een log of auditregel mag staan.";

    public static TheoryData<StorageProvider, string> BadInputCases => StorageProviders.With(BadInput.Keys);

    private static readonly Dictionary<string, (Func<AgendaScenario, IMeetingAgendaService, ProfessionalProfile, long, Task<AgendaActionResult>> Act, AgendaActionOutcome Outcome, string? Message)> BadInput = new()
    {
        ["remove without reason"] = ((s, a, chair, item) => a.RemoveItemAsync(chair, s.Next, item, "  ", default), AgendaActionOutcome.Invalid, AgendaItemMessages.ReasonRequired),
        ["remove reason too long"] = ((s, a, chair, item) => a.RemoveItemAsync(chair, s.Next, item, new string('x', 501), default), AgendaActionOutcome.Invalid, AgendaItemMessages.ReasonTooLong(501)),
        ["move without reason"] = ((s, a, chair, item) => a.MoveItemToNextMeetingAsync(chair, s.Next, item, null, default), AgendaActionOutcome.Invalid, AgendaItemMessages.ReasonRequired),
        ["item of another meeting"] = ((s, a, chair, item) => a.RemoveItemAsync(chair, s.AfterNext, item, "reden", default), AgendaActionOutcome.Invalid, AgendaItemMessages.ItemNotOnAgenda),
        ["minutes 0"] = ((s, a, chair, item) => a.SetMinutesAsync(chair, s.Next, item, 0, default), AgendaActionOutcome.Invalid, AgendaItemMessages.MinutesOutOfRange),
        ["minutes 241"] = ((s, a, chair, item) => a.SetMinutesAsync(chair, s.Next, item, 241, default), AgendaActionOutcome.Invalid, AgendaItemMessages.MinutesOutOfRange),
        ["add unknown code"] = ((s, a, chair, _) => a.AddYouthAsync(chair, s.Next, "PMG-J-9999", default), AgendaActionOutcome.Invalid, AgendaItemMessages.YouthNotFound),
        ["add no code"] = ((s, a, chair, _) => a.AddYouthAsync(chair, s.Next, "Jan", default), AgendaActionOutcome.Invalid, AgendaItemMessages.YouthNotFound),
        ["add youth of another jpp"] = ((s, a, chair, _) => a.AddYouthAsync(chair, s.Next, "PMG-J-0005", default), AgendaActionOutcome.Invalid, AgendaItemMessages.YouthNotFound),
        ["add youth already on it"] = ((s, a, chair, _) => a.AddYouthAsync(chair, s.Next, "pmg-j-0002 ", default), AgendaActionOutcome.Invalid, AgendaItemMessages.AlreadyOnAgenda),
        ["unknown meeting"] = ((s, a, chair, item) => a.RemoveItemAsync(chair, 999_999, item, "reden", default), AgendaActionOutcome.NotFound, null),
    };

    [Theory]
    [MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task GetAsync_NextMeeting_HasScreenedFollowUpAndEscalationItemsWithOrganisationsAndInvitees(StorageProvider provider)
    {
        await using var scenario = await AgendaScenario.CreateAsync(provider, postgres);

        var agenda = await scenario.WithAgendaAsync(async a => await a.GetAsync(await scenario.ChairAsync(), scenario.Next, default));

        Assert.NotNull(agenda);
        Assert.Equal(
        [
            ("PMG-J-0001", AgendaItemKind.Nieuw, AgendaItemSources.Screening, 10),
            ("PMG-2026-00102", AgendaItemKind.Nieuw, AgendaItemSources.Screening, 10),
            ("PMG-J-0002", AgendaItemKind.Vervolg, AgendaItemSources.FollowUp, 5),
            ("PMG-J-0003", AgendaItemKind.OpAfschalen, AgendaItemSources.LevelChange, 15),
        ], agenda.Items.Select(i => (i.Subject, i.Kind, i.Sources, i.Minutes)));
        Assert.Equal(
        [
            "PMG-J-0001: jongerenwerk[Cas Regie=Casusregisseur, JppDeelnemer] voorbeeldschool[Sanne Test=Melder, JppDeelnemer]",
            "PMG-2026-00102: politie[Paula Politie=Melder, JppDeelnemer]",
            "PMG-J-0002: politie[Paula Politie=JppDeelnemer]",
            "PMG-J-0003: gemeente-heerlen[]",
        ], agenda.Items.Select(Describe));
        Assert.Empty(agenda.SetAside);
        Assert.Equal((new DateTime(2026, 12, 1, 12, 30, 0, DateTimeKind.Utc), false), (agenda.StartsAtUtc, agenda.OnDayOff));
        await using var db = scenario.Database.CreateContext();
        var audit = await db.AuditEvents.OrderBy(e => e.Id).LastAsync();
        Assert.Equal((TestDirectory.VoorzitterHeerlen, MeetingAuditActions.AgendaView, AuditOutcomes.Success, "items=4"),
            (audit.Actor, audit.Action, audit.Outcome, audit.Detail));
    }

    [Theory]
    [MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task GetAsync_TwiceAndMeetingAfterNext_NoDoublesAndLaterMeetingsOnlyScreened(StorageProvider provider)
    {
        await using var scenario = await AgendaScenario.CreateAsync(provider, postgres);
        var chair = await scenario.ChairAsync();

        var first = await scenario.WithAgendaAsync(a => a.GetAsync(chair, scenario.Next, default));
        var second = await scenario.WithAgendaAsync(a => a.GetAsync(chair, scenario.Next, default));
        var afterNext = await scenario.WithAgendaAsync(a => a.GetAsync(chair, scenario.AfterNext, default));

        Assert.Equal(first!.Items.Select(i => (i.ItemId, i.Version)), second!.Items.Select(i => (i.ItemId, i.Version)));
        Assert.Equal(4, (await scenario.ItemsAsync(scenario.Next)).Count);
        Assert.Equal([("PMG-J-0006", AgendaItemKind.Nieuw, AgendaItemSources.Screening)], afterNext!.Items.Select(i => (i.Subject, i.Kind, i.Sources)));
    }

    [Theory]
    [MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task GetAsync_AsPlannerRequest_PlannerOrdersEveryItem(StorageProvider provider)
    {
        await using var scenario = await AgendaScenario.CreateAsync(provider, postgres);
        var agenda = await scenario.WithAgendaAsync(async a => await a.GetAsync(await scenario.ChairAsync(), scenario.Next, default));

        var request = AgendaRequests.From(agenda!);
        var plan = new AgendaPlanner().Plan(request);

        Assert.Equal(
        [
            ("PMG-J-0001", 10, "jongerenwerk|voorbeeldschool"),
            ("PMG-2026-00102", 10, "politie"),
            ("PMG-J-0002", 5, "politie"),
            ("PMG-J-0003", 15, "gemeente-heerlen"),
        ], request.Items!.Select(i => (i!.Id!, i.Minutes!.Value, string.Join('|', i.Partners!))));
        Assert.True(plan.Succeeded, string.Join(" ", plan.Errors));
        Assert.Equal(["PMG-2026-00102", "PMG-J-0001", "PMG-J-0002", "PMG-J-0003"], plan.Plan!.Order.Order(StringComparer.Ordinal));
        Assert.Equal(0, plan.Plan.WaitingMinutes);
    }

    [Theory]
    [InlineData(TestDirectory.VoorzitterHeerlen, true)]
    [InlineData(TestDirectory.ProcesregisseurHeerlen, true)]
    [InlineData(TestDirectory.TweedeVoorzitterHeerlen, true)]
    [InlineData(TestDirectory.VoorzitterBrunssum, false)] // chair of another JPP
    [InlineData(TestDirectory.Politie, false)]            // participant of this JPP, not a chair
    [InlineData(TestDirectory.Programmamanager, false)]
    public async Task GetAsync_OnlyChairsOfTheMeetingsJpp_OthersGetWhatAnUnknownMeetingGets(string user, bool allowed)
    {
        await using var scenario = await AgendaScenario.CreateAsync(StorageProvider.Sqlite, postgres);
        var actor = await MeetingTestServices.ProfileAsync(scenario.Database, user);

        var agenda = await scenario.WithAgendaAsync(a => a.GetAsync(actor, scenario.Next, default));
        var remove = await scenario.WithAgendaAsync(a => a.RemoveItemAsync(actor, scenario.Next, 1, "reden", default));

        Assert.Equal(allowed, agenda is not null);
        Assert.Equal(allowed ? AgendaActionOutcome.Invalid : AgendaActionOutcome.NotFound, remove.Outcome);
        await using var db = scenario.Database.CreateContext();
        var refusals = await db.AuditEvents.Where(e => e.Actor == user && e.Outcome == AuditOutcomes.Rejected).Select(e => e.Detail).ToListAsync();
        string?[] expected = allowed ? ["invalid:no-item"] : ["not-allowed", "not-allowed"];
        Assert.Equal(expected, refusals);
        Assert.Equal(allowed ? 4 : 0, (await scenario.ItemsAsync(scenario.Next)).Count);
    }

    [Theory]
    [MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task RemoveItemAsync_WithReason_SetAsideAndNotPutBackByItsSource(StorageProvider provider)
    {
        await using var scenario = await AgendaScenario.CreateAsync(provider, postgres);
        var chair = await scenario.ChairAsync();
        var due = (await scenario.WithAgendaAsync(a => a.GetAsync(chair, scenario.Next, default)))!.Items.Single(i => i.Subject == "PMG-J-0002");

        var result = await scenario.WithAgendaAsync(a => a.RemoveItemAsync(chair, scenario.Next, due.ItemId, "  " + LongReason + " ", default));
        var agenda = await scenario.WithAgendaAsync(a => a.GetAsync(chair, scenario.Next, default));

        Assert.Equal(AgendaActionResult.Done(AgendaItemMessages.ItemRemoved), result);
        Assert.DoesNotContain(agenda!.Items, i => i.Subject == "PMG-J-0002");
        var aside = Assert.Single(agenda.SetAside);
        Assert.Equal(("PMG-J-0002", AgendaItemStatus.Removed, LongReason), (aside.Subject, aside.Status, aside.Reason));
        var stored = (await scenario.ItemsAsync(scenario.Next)).Single(i => i.Id == due.ItemId);
        Assert.Equal((TestDirectory.VoorzitterHeerlen, scenario.Database.Clock.Now.UtcDateTime), (stored.ChangedById, stored.ChangedAtUtc!.Value));
        await AssertAuditedAsync(scenario, MeetingAuditActions.AgendaRemove, "item=PMG-J-0002");
    }

    [Theory]
    [MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task MoveItemToNextMeetingAsync_ScreenedYouth_ItemAndReportGoToTheNextMeeting(StorageProvider provider)
    {
        await using var scenario = await AgendaScenario.CreateAsync(provider, postgres);
        var chair = await scenario.ChairAsync();
        var screened = (await scenario.WithAgendaAsync(a => a.GetAsync(chair, scenario.Next, default)))!.Items.Single(i => i.Subject == "PMG-J-0001");
        await scenario.WithAgendaAsync(a => a.SetMinutesAsync(chair, scenario.Next, screened.ItemId, 25, default));

        var result = await scenario.WithAgendaAsync(a => a.MoveItemToNextMeetingAsync(chair, scenario.Next, screened.ItemId, LongReason, default));
        var next = await scenario.WithAgendaAsync(a => a.GetAsync(chair, scenario.Next, default));
        var afterNext = await scenario.WithAgendaAsync(a => a.GetAsync(chair, scenario.AfterNext, default));

        Assert.Equal(AgendaActionResult.Done(AgendaItemMessages.ItemMoved), result);
        var moved = Assert.Single(next!.SetAside);
        Assert.Equal(("PMG-J-0001", AgendaItemStatus.Moved, scenario.AfterNext, LongReason), (moved.Subject, moved.Status, moved.MovedToMeetingId!.Value, moved.Reason));
        Assert.Equal(
            [("PMG-J-0001", AgendaItemSources.Screening | AgendaItemSources.Moved, 25, true), ("PMG-J-0006", AgendaItemSources.Screening, 10, false)],
            afterNext!.Items.Select(i => (i.Subject, i.Sources, i.Minutes, i.MinutesEdited)));
        await using var db = scenario.Database.CreateContext();
        Assert.Equal(scenario.AfterNext, (await db.Reports.SingleAsync(r => r.Reference == "PMG-2026-00101")).AgendaMeetingId);
        await AssertAuditedAsync(scenario, MeetingAuditActions.AgendaMove, $"item=PMG-J-0001 to={scenario.AfterNext}");
    }

    [Theory]
    [MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task AddYouthAsync_ChairAddsYouthsOfTheJppOrSharedWithIt_KindFromTheirHistory(StorageProvider provider)
    {
        await using var scenario = await AgendaScenario.CreateAsync(provider, postgres);
        var chair = await scenario.ChairAsync();
        await using (var db = scenario.Database.CreateContext())
        {
            db.YouthJppShares.Add(new YouthJppShare
            {
                YouthId = scenario.OtherJpp,
                JppId = "jpp-heerlen",
                DecidedById = TestDirectory.VoorzitterBrunssum,
                DecidedAtUtc = RegisterTestData.Start,
                Reason = "Fictief.",
            });
            await db.SaveChangesAsync();
        }

        var notDue = await scenario.WithAgendaAsync(a => a.AddYouthAsync(chair, scenario.Next, " pmg-j-0004", default));
        var shared = await scenario.WithAgendaAsync(a => a.AddYouthAsync(chair, scenario.Next, "PMG-J-0005", default));
        var agenda = await scenario.WithAgendaAsync(a => a.GetAsync(chair, scenario.Next, default));

        Assert.Equal([AgendaActionResult.Done(AgendaItemMessages.YouthAdded), AgendaActionResult.Done(AgendaItemMessages.YouthAdded)], new[] { notDue, shared });
        Assert.Equal(
            [("PMG-J-0004", AgendaItemKind.Vervolg, AgendaItemSources.Chair), ("PMG-J-0005", AgendaItemKind.Nieuw, AgendaItemSources.Chair)],
            agenda!.Items.Where(i => i.Sources.HasFlag(AgendaItemSources.Chair)).Select(i => (i.Subject, i.Kind, i.Sources)));
        await AssertAuditedAsync(scenario, MeetingAuditActions.AgendaAdd, "item=PMG-J-0004");
    }

    [Theory]
    [MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task AddYouthAsync_RemovedEarlier_ComesBackAsTheChairsItem(StorageProvider provider)
    {
        await using var scenario = await AgendaScenario.CreateAsync(provider, postgres);
        var chair = await scenario.ChairAsync();
        var due = (await scenario.WithAgendaAsync(a => a.GetAsync(chair, scenario.Next, default)))!.Items.Single(i => i.Subject == "PMG-J-0002");
        await scenario.WithAgendaAsync(a => a.RemoveItemAsync(chair, scenario.Next, due.ItemId, "reden", default));

        var result = await scenario.WithAgendaAsync(a => a.AddYouthAsync(chair, scenario.Next, "PMG-J-0002", default));

        Assert.True(result.Succeeded);
        var item = (await scenario.ItemsAsync(scenario.Next)).Single(i => i.Id == due.ItemId);
        Assert.Equal((AgendaItemStatus.Active, AgendaItemSources.FollowUp | AgendaItemSources.Chair, (string?)null),
            (item.Status, item.Sources, item.Reason));
    }

    [Theory]
    [MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task SetMinutesAsync_ValueThenDefault_EditedThenBackToTheKindsDefault(StorageProvider provider)
    {
        await using var scenario = await AgendaScenario.CreateAsync(provider, postgres);
        var chair = await scenario.ChairAsync();
        var item = (await scenario.WithAgendaAsync(a => a.GetAsync(chair, scenario.Next, default)))!.Items.Single(i => i.Subject == "PMG-J-0003");

        await scenario.WithAgendaAsync(a => a.SetMinutesAsync(chair, scenario.Next, item.ItemId, 30, default));
        var edited = (await scenario.WithAgendaAsync(a => a.GetAsync(chair, scenario.Next, default)))!.Items.Single(i => i.ItemId == item.ItemId);
        await scenario.WithAgendaAsync(a => a.SetMinutesAsync(chair, scenario.Next, item.ItemId, null, default));
        var back = (await scenario.WithAgendaAsync(a => a.GetAsync(chair, scenario.Next, default)))!.Items.Single(i => i.ItemId == item.ItemId);

        Assert.Equal([(30, true), (15, false)], new[] { (edited.Minutes, edited.MinutesEdited), (back.Minutes, back.MinutesEdited) });
        await AssertAuditedAsync(scenario, MeetingAuditActions.AgendaMinutes, "item=PMG-J-0003 minutes=default");
    }

    [Theory]
    [MemberData(nameof(BadInputCases))]
    public async Task ChairAction_BadInput_ChangesNothingAndSaysWhyInDutch(StorageProvider provider, string name)
    {
        await using var scenario = await AgendaScenario.CreateAsync(provider, postgres);
        var chair = await scenario.ChairAsync();
        var item = (await scenario.WithAgendaAsync(a => a.GetAsync(chair, scenario.Next, default)))!.Items.Single(i => i.Subject == "PMG-J-0002");
        var before = await scenario.ItemsAsync(scenario.Next);
        var (act, outcome, message) = BadInput[name];

        var result = await scenario.WithAgendaAsync(a => act(scenario, a, chair, item.ItemId));

        Assert.Equal(new AgendaActionResult(outcome, message), result);
        Assert.Equal(before.Select(i => (i.Id, i.Status, i.Version)), (await scenario.ItemsAsync(scenario.Next)).Select(i => (i.Id, i.Status, i.Version)));
        await using var db = scenario.Database.CreateContext();
        Assert.Equal(AuditOutcomes.Rejected, (await db.AuditEvents.OrderBy(e => e.Id).LastAsync()).Outcome);
    }

    [Theory]
    [MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task ChairAction_MeetingStarted_AgendaNoLongerChanges(StorageProvider provider)
    {
        await using var scenario = await AgendaScenario.CreateAsync(provider, postgres);
        var chair = await scenario.ChairAsync();
        var item = (await scenario.WithAgendaAsync(a => a.GetAsync(chair, scenario.Next, default)))!.Items.Single(i => i.Subject == "PMG-J-0002");
        scenario.Database.Clock.Now = new DateTimeOffset(2026, 12, 1, 12, 30, 0, TimeSpan.Zero);

        var removed = await scenario.WithAgendaAsync(a => a.RemoveItemAsync(chair, scenario.Next, item.ItemId, "reden", default));
        var added = await scenario.WithAgendaAsync(a => a.AddYouthAsync(chair, scenario.Next, "PMG-J-0004", default));
        var history = await scenario.WithAgendaAsync(a => a.GetAsync(chair, scenario.Next, default));

        Assert.Equal([AgendaActionResult.Closed, AgendaActionResult.Closed], new[] { removed, added });
        Assert.Equal(4, history!.Items.Count);
    }

    [Theory]
    [MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task GetAsync_AfterTheNextMeetingPassed_FollowUpCountsFromItsDiscussion(StorageProvider provider)
    {
        await using var scenario = await AgendaScenario.CreateAsync(provider, postgres);
        var chair = await scenario.ChairAsync();
        await scenario.WithAgendaAsync(a => a.GetAsync(chair, scenario.Next, default));
        scenario.Database.Clock.Now = new DateTimeOffset(2026, 12, 2, 8, 0, 0, TimeSpan.Zero);

        var afterNext = await scenario.WithAgendaAsync(a => a.GetAsync(chair, scenario.AfterNext, default));

        // Discussed on 1 December: PMG-J-0002 is not due again two weeks later, PMG-J-0003's escalation was discussed.
        Assert.Equal(["PMG-J-0006"], afterNext!.Items.Select(i => i.Subject));
    }

    private static async Task AssertAuditedAsync(AgendaScenario scenario, string action, string detail)
    {
        await using var db = scenario.Database.CreateContext();
        var audit = await db.AuditEvents.Where(e => e.Action == action && e.Detail == detail).SingleAsync();
        Assert.Equal((TestDirectory.VoorzitterHeerlen, MeetingAuditActions.RecordType, AuditOutcomes.Success, detail),
            (audit.Actor, audit.RecordType, audit.Outcome, audit.Detail));
        Assert.DoesNotContain(await db.AuditEvents.Select(e => e.Detail ?? "").ToListAsync(), d => d.Contains("Fictie", StringComparison.Ordinal));
    }

    private static string Describe(AgendaItemView item) =>
        item.Subject + ": " + string.Join(" ", item.Organisations.Select(o =>
            o.OrganisationId + "[" + string.Join("; ", o.Invitees.Select(i => i.DisplayName + "=" + i.Reasons)) + "]"));
}
