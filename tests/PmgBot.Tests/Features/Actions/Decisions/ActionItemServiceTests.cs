using PmgBot.Core.Outbox;
using PmgBot.Core.Register;
using PmgBot.Core.Directory;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PmgBot.Core.Access;
using PmgBot.Core.Audit;
using PmgBot.Core.Data;
using PmgBot.Core.Features.Actions.Decisions;
using PmgBot.Tests.Integration;
using PmgBot.Tests.Storage;
using PmgBot.Tests.Support;

namespace PmgBot.Tests.Features.Actions.Decisions;

/// <summary>Action items after a recorded decision, on both providers: who sees and changes what, once.</summary>
[Collection(PostgresServerCollection.Name)]
public sealed class ActionItemServiceTests(PostgresServer postgres)
{
    private const string Reason = "Fictieve reden van de eigenaar.";

    public static TheoryData<StorageProvider, string> BadInputCases => StorageProviders.With(BadInput.Keys);

    private static readonly Dictionary<string, (ActionItemChangeKind Kind, string? Note, string? Date, string Field, string Message)> BadInput = new()
    {
        ["postpone without date"] = (ActionItemChangeKind.Postpone, Reason, null, ActionItemFields.NewDueDate, ActionItemMessages.ChooseNewDate),
        ["postpone to the same date"] = (ActionItemChangeKind.Postpone, Reason, "2026-12-08", ActionItemFields.NewDueDate, ActionItemMessages.SameDate),
        ["postpone into the past"] = (ActionItemChangeKind.Postpone, Reason, "2026-11-30", ActionItemFields.NewDueDate, DecisionMessages.DateInPast),
        ["postpone unreadable date"] = (ActionItemChangeKind.Postpone, Reason, "8 december", ActionItemFields.NewDueDate, DecisionMessages.DateNotReadable),
        ["postpone without reason"] = (ActionItemChangeKind.Postpone, "  ", "2026-12-22", ActionItemFields.PostponeReason, ActionItemMessages.ReasonRequired),
        ["not possible without reason"] = (ActionItemChangeKind.NotPossible, null, null, ActionItemFields.NotPossibleReason, ActionItemMessages.ReasonRequired),
        ["note too long"] = (ActionItemChangeKind.Complete, new string('x', 501), null, ActionItemFields.DoneNote, DecisionMessages.TooLong(500, 501)),
    };

    [Theory]
    [InlineData(TestDirectory.Casusregisseur, 0, true, true)]          // owner of the first item, and the youth's casusregisseur
    [InlineData(TestDirectory.Casusregisseur, 1, false, true)]         // the casusregisseur looks at someone else's item: read-only
    [InlineData(TestDirectory.Politie, 1, true, true)]                 // owner of the second item
    [InlineData(TestDirectory.Politie, 0, false, false)]               // another owner's item, not the casusregisseur: not found
    [InlineData(TestDirectory.VoorzitterHeerlen, 0, true, true)]
    [InlineData(TestDirectory.ProcesregisseurHeerlen, 1, true, true)]
    [InlineData(TestDirectory.VoorzitterBrunssum, 0, false, false)]    // chair of another JPP
    [InlineData(TestDirectory.Melder, 0, false, false)]                // a participant of the JPP, not involved
    [InlineData(TestDirectory.Programmamanager, 0, false, false)]
    public async Task GetAsync_Viewers_OwnerAndChairsChangeCasusregisseurReadsOthersNotFound(string user, int item, bool canChange, bool sees)
    {
        await using var scenario = await ItemsAsync(StorageProvider.Sqlite);
        var ids = scenario.ItemIds;

        var view = await scenario.Decisions.WithItemsAsync(user, (s, actor) => s.GetAsync(actor, ids[item], default));

        Assert.Equal(sees, view is not null);
        if (view is not null)
        {
            Assert.Equal((canChange, "PMG-J-0001", "Fictief Een"), (view.CanChange, view.Code, view.Youth?.Name));
            Assert.Equal(
                new[] { item == 0 ? TestDirectory.Casusregisseur : TestDirectory.Politie, TestDirectory.VoorzitterHeerlen, TestDirectory.TweedeVoorzitterHeerlen,
                    TestDirectory.ProcesregisseurHeerlen, TestDirectory.Casusregisseur }.Distinct().Order(),
                view.AudienceIds.Order());
        }

        await using var db = scenario.Decisions.Database.CreateContext();
        var audit = await db.AuditEvents.OrderBy(e => e.Id).LastAsync();
        Assert.Equal((ActionAuditActions.ItemView, sees ? AuditOutcomes.Success : AuditOutcomes.Rejected), (audit.Action, audit.Outcome));
    }

    [Theory]
    [MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task ChangeAsync_OwnerTicksOff_StoredWithHistoryAndASecondClickChangesNothing(StorageProvider provider)
    {
        await using var scenario = await ItemsAsync(provider);
        var input = new ActionItemChangeInput(scenario.ItemIds[0], 0, ActionItemChangeKind.Complete, "  Gesprek gevoerd.  ", null);

        var first = await scenario.Decisions.WithItemsAsync(TestDirectory.Casusregisseur, (s, actor) => s.ChangeAsync(actor, input, default));
        var second = await scenario.Decisions.WithItemsAsync(TestDirectory.Casusregisseur, (s, actor) => s.ChangeAsync(actor, input, default));
        var byChair = await scenario.Decisions.WithItemsAsync(TestDirectory.VoorzitterHeerlen, (s, actor) => s.ChangeAsync(actor, input with { Version = 1 }, default));

        Assert.Equal(ActionItemResult.Done(ActionItemMessages.Completed), first);
        Assert.Equal([ActionItemResult.Stale, ActionItemResult.Stale], new[] { second, byChair });
        await using var db = scenario.Decisions.Database.CreateContext();
        var item = await db.Set<ActionItem>().SingleAsync(i => i.Id == scenario.ItemIds[0]);
        Assert.Equal((ActionItemState.Afgerond, "Gesprek gevoerd.", TestDirectory.Casusregisseur, DecisionScenario.DuringMeeting.UtcDateTime, 1),
            (item.State, item.StateNote, item.ChangedById, item.ChangedAtUtc, item.Version));
        var change = await db.Set<ActionItemChange>().SingleAsync();
        Assert.Equal((ActionItemState.Afgerond, "Gesprek gevoerd.", new DateOnly(2026, 12, 8), new DateOnly(2026, 12, 8)),
            (change.State, change.Note, change.FromDueDate, change.DueDate));
        var audits = await db.AuditEvents.Where(e => e.Action == ActionAuditActions.ItemChange).OrderBy(e => e.Id).Select(e => e.Outcome + " " + e.Detail).ToListAsync();
        Assert.Equal(["success youth=PMG-J-0001 state=afgerond by=owner", "rejected stale", "rejected stale"], audits);
    }

    [Theory]
    [MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task ChangeAsync_ChairPostponesThenOwnerSaysNotPossible_DueMovesItemStaysOpenThenCloses(StorageProvider provider)
    {
        await using var scenario = await ItemsAsync(provider);
        var id = scenario.ItemIds[1];

        var postponed = await scenario.Decisions.WithItemsAsync(TestDirectory.TweedeVoorzitterHeerlen,
            (s, actor) => s.ChangeAsync(actor, new(id, 0, ActionItemChangeKind.Postpone, Reason, "2026-12-22"), default));
        var open = await scenario.Decisions.WithItemsAsync(TestDirectory.Politie, (s, actor) => s.GetAsync(actor, id, default));
        var notPossible = await scenario.Decisions.WithItemsAsync(TestDirectory.Politie,
            (s, actor) => s.ChangeAsync(actor, new(id, 1, ActionItemChangeKind.NotPossible, Reason, null), default));
        var closed = await scenario.Decisions.WithItemsAsync(TestDirectory.Politie, (s, actor) => s.GetAsync(actor, id, default));

        Assert.Equal([ActionItemResult.Done(ActionItemMessages.Postponed), ActionItemResult.Done(ActionItemMessages.NotPossible)], new[] { postponed, notPossible });
        Assert.Equal((ActionItemState.Verzet, new DateOnly(2026, 12, 22), true, "Wim Tweede"), (open!.State, open.DueDate, open.CanChange, open.ChangedByName));
        Assert.Equal((ActionItemState.NietMogelijk, Reason, false, "Paula Politie"), (closed!.State, closed.StateNote, closed.CanChange, closed.ChangedByName));
        await using var db = scenario.Decisions.Database.CreateContext();
        Assert.Equal(
            [(ActionItemState.Verzet, new DateOnly(2026, 12, 15), new DateOnly(2026, 12, 22)), (ActionItemState.NietMogelijk, new DateOnly(2026, 12, 22), new DateOnly(2026, 12, 22))],
            (await db.Set<ActionItemChange>().OrderBy(c => c.Id).ToListAsync()).Select(c => (c.State, c.FromDueDate, c.DueDate)));
        Assert.DoesNotContain(await db.AuditEvents.Select(e => e.Detail ?? "").ToListAsync(), d => d.Contains("Fictie", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(TestDirectory.Casusregisseur, "not-allowed")] // may read the item (casusregisseur), may not change it
    [InlineData(TestDirectory.Melder, "not-allowed")]         // may not even read it
    [InlineData(TestDirectory.VoorzitterBrunssum, "not-allowed")]
    public async Task ChangeAsync_NeitherOwnerNorChair_ChangesNothing(string user, string detail)
    {
        await using var scenario = await ItemsAsync(StorageProvider.Sqlite);
        var input = new ActionItemChangeInput(scenario.ItemIds[1], 0, ActionItemChangeKind.Complete, null, null);

        var result = await scenario.Decisions.WithItemsAsync(user, (s, actor) => s.ChangeAsync(actor, input, default));

        Assert.Equal(user == TestDirectory.Casusregisseur ? ActionItemResult.NotAllowed : ActionItemResult.NotFound, result);
        await using var db = scenario.Decisions.Database.CreateContext();
        var item = await db.Set<ActionItem>().SingleAsync(i => i.Id == input.ItemId);
        Assert.Equal((ActionItemState.Open, 0), (item.State, item.Version));
        Assert.Equal(detail, (await db.AuditEvents.OrderBy(e => e.Id).LastAsync()).Detail);
    }

    [Theory]
    [MemberData(nameof(BadInputCases))]
    public async Task ChangeAsync_BadInput_NothingChangedAndAFieldMessage(StorageProvider provider, string name)
    {
        await using var scenario = await ItemsAsync(provider);
        var (kind, note, date, field, message) = BadInput[name];
        var id = scenario.ItemIds[0];

        var result = await scenario.Decisions.WithItemsAsync(TestDirectory.Casusregisseur,
            (s, actor) => s.ChangeAsync(actor, new(id, 0, kind, note, date), default));

        Assert.Equal((ActionItemOutcome.Invalid, ActionItemMessages.NothingChanged), (result.Outcome, result.Message));
        Assert.Equal([new DecisionFieldError(field, message)], result.Errors);
        await using var db = scenario.Decisions.Database.CreateContext();
        var item = await db.Set<ActionItem>().SingleAsync(i => i.Id == id);
        Assert.Equal((ActionItemState.Open, 0, new DateOnly(2026, 12, 8)), (item.State, item.Version, item.DueDate));
        Assert.Equal(0, await db.Set<ActionItemChange>().CountAsync());
    }

    [Theory]
    [MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task ListOwnAndListJpp_AfterTheDueDateAndOneTickedOff_OwnOpenByDueDateChairOverdueOpenDone(StorageProvider provider)
    {
        await using var scenario = await ItemsAsync(provider);
        await scenario.Decisions.WithItemsAsync(TestDirectory.Politie,
            (s, actor) => s.ChangeAsync(actor, new(scenario.ItemIds[1], 0, ActionItemChangeKind.Complete, null, null), default));
        scenario.Decisions.Database.Clock.Now = new DateTimeOffset(2026, 12, 10, 9, 0, 0, TimeSpan.Zero);

        var own = await scenario.Decisions.WithItemsAsync(TestDirectory.Casusregisseur, (s, actor) => s.ListOwnAsync(actor, default));
        var police = await scenario.Decisions.WithItemsAsync(TestDirectory.Politie, (s, actor) => s.ListOwnAsync(actor, default));
        var jpp = await scenario.Decisions.WithItemsAsync(TestDirectory.VoorzitterHeerlen, (s, actor) => s.ListJppAsync(actor, default));
        var brunssum = await scenario.Decisions.WithItemsAsync(TestDirectory.VoorzitterBrunssum, (s, actor) => s.ListJppAsync(actor, default));

        Assert.Equal([("PMG-J-0001", "Gesprek met ouders plannen", new DateOnly(2026, 12, 8))], own.Select(r => (r.Code, r.What, r.DueDate)));
        Assert.Empty(police);
        var heerlen = Assert.Single(jpp);
        Assert.Equal(("jpp-heerlen", "JPP Heerlen", (DateTime?)new DateTime(2026, 12, 1, 12, 30, 0, DateTimeKind.Utc)), (heerlen.JppId, heerlen.JppName, heerlen.LastMeetingUtc));
        Assert.Equal([scenario.ItemIds[0]], heerlen.Overdue.Select(r => r.Id));
        Assert.Empty(heerlen.Open);
        Assert.Equal([(scenario.ItemIds[1], ActionItemState.Afgerond, "Paula Politie")], heerlen.Done.Select(r => (r.Id, r.State, r.OwnerName)));
        Assert.Equal([("jpp-brunssum", 0)], brunssum.Select(g => (g.JppId, g.Overdue.Count + g.Open.Count + g.Done.Count)));
    }

    [Theory]
    [MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task GetForSendAsync_Owner_WithoutYouthDetailsAndNotAuditedAsARead(StorageProvider provider)
    {
        await using var scenario = await ItemsAsync(provider);
        await using (var before = scenario.Decisions.Database.CreateContext())
        {
            Assert.Equal(0, await before.AuditEvents.CountAsync(a => a.Action == ActionAuditActions.ItemView));
        }

        var sent = await scenario.Decisions.WithItemsAsync(TestDirectory.Casusregisseur, (s, actor) => s.GetForSendAsync(actor, scenario.ItemIds[0], default));
        var notForYou = await scenario.Decisions.WithItemsAsync(TestDirectory.Melder, (s, actor) => s.GetForSendAsync(actor, scenario.ItemIds[0], default));

        Assert.NotNull(sent);
        Assert.Equal((null, true, true), (sent.Youth, sent.YouthOnOpen, sent.CanChange));
        Assert.Null(notForYou);
        await using var db = scenario.Decisions.Database.CreateContext();
        Assert.Equal(0, await db.AuditEvents.CountAsync(a => a.Action == ActionAuditActions.ItemView));
    }

    public static TheoryData<StorageProvider, string> ReassignRefusalCases => StorageProviders.With(ReassignRefusals.Keys);

    private static readonly Dictionary<string, (string Actor, int Version, string NewOwner, ActionItemOutcome Outcome)> ReassignRefusals = new()
    {
        ["the owner"] = (TestDirectory.Politie, 0, TestDirectory.Casusregisseur, ActionItemOutcome.NotAllowed),
        ["a stale card"] = (TestDirectory.VoorzitterHeerlen, 1, TestDirectory.Casusregisseur, ActionItemOutcome.Stale),
        ["not involved"] = (TestDirectory.Melder, 0, TestDirectory.Casusregisseur, ActionItemOutcome.NotFound),
        ["to someone not in the directory"] = (TestDirectory.VoorzitterHeerlen, 0, TestDirectory.Stranger, ActionItemOutcome.Invalid),
        ["to the current owner"] = (TestDirectory.VoorzitterHeerlen, 0, TestDirectory.Politie, ActionItemOutcome.Invalid),
        ["to nobody"] = (TestDirectory.VoorzitterHeerlen, 0, "", ActionItemOutcome.Invalid),
    };

    [Theory]
    [MemberData(nameof(ReassignRefusalCases))]
    public async Task ReassignAsync_Refused_NothingChangedAndAudited(StorageProvider provider, string name)
    {
        var (actor, version, newOwner, outcome) = ReassignRefusals[name];
        await using var scenario = await ItemsAsync(provider);

        var result = await scenario.Decisions.WithItemsAsync(actor,
            (s, profile) => s.ReassignAsync(profile, new ActionItemReassignInput(scenario.ItemIds[1], version, newOwner), default));

        Assert.Equal(outcome, result.Outcome);
        if (outcome == ActionItemOutcome.Invalid)
        {
            Assert.Equal([(ActionItemFields.NewOwner, ActionItemMessages.ChooseNewOwner)], result.Errors.Select(e => (e.Field, e.Message)));
        }

        await using var db = scenario.Decisions.Database.CreateContext();
        var item = await db.Set<ActionItem>().SingleAsync(i => i.Id == scenario.ItemIds[1]);
        Assert.Equal((TestDirectory.Politie, 0), (item.OwnerId, item.Version));
        Assert.Equal(0, await db.Set<ActionItemChange>().CountAsync());
        var audit = await db.AuditEvents.OrderBy(e => e.Id).LastAsync();
        Assert.Equal((ActionAuditActions.ItemReassign, AuditOutcomes.Rejected), (audit.Action, audit.Outcome));
    }

    [Theory]
    [MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task GetAsync_OwnerDeactivated_ChairsGetTheNewOwnerChoicesOthersDoNot(StorageProvider provider)
    {
        await using var scenario = await ItemsAsync(provider);
        await using (var db = scenario.Decisions.Database.CreateContext())
        {
            var police = await db.Professionals.SingleAsync(p => p.AadObjectId == TestDirectory.Politie);
            police.Active = false;
            await db.SaveChangesAsync();
        }

        var chair = await scenario.Decisions.WithItemsAsync(TestDirectory.VoorzitterHeerlen, (s, actor) => s.GetAsync(actor, scenario.ItemIds[1], default));
        var casusregisseur = await scenario.Decisions.WithItemsAsync(TestDirectory.Casusregisseur, (s, actor) => s.GetAsync(actor, scenario.ItemIds[1], default));
        var otherItem = await scenario.Decisions.WithItemsAsync(TestDirectory.VoorzitterHeerlen, (s, actor) => s.GetAsync(actor, scenario.ItemIds[0], default));

        Assert.NotNull(chair);
        Assert.True(chair.OwnerGone);
        Assert.Contains(TestDirectory.Casusregisseur, chair.NewOwners!.Select(p => p.AadObjectId));
        Assert.DoesNotContain(TestDirectory.Politie, chair.NewOwners!.Select(p => p.AadObjectId));
        Assert.NotNull(casusregisseur);
        Assert.Equal((true, null), (casusregisseur.OwnerGone, casusregisseur.NewOwners));
        Assert.NotNull(otherItem);
        Assert.Equal((false, null), (otherItem.OwnerGone, otherItem.NewOwners));
    }

    private async Task<ItemScenario> ItemsAsync(StorageProvider provider)
    {
        var decisions = await DecisionScenario.CreateAsync(provider, postgres);
        var result = await decisions.RecordAsync(TestDirectory.VoorzitterHeerlen, await decisions.VervolgAsync());
        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        return new ItemScenario(decisions, result.ItemIds!);
    }

    private sealed record ItemScenario(DecisionScenario Decisions, IReadOnlyList<long> ItemIds) : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => Decisions.DisposeAsync();
    }
}
