using PmgBot.Core.Outbox;
using PmgBot.Core.Directory;
using Microsoft.EntityFrameworkCore;
using PmgBot.Cards.Localization;
using PmgBot.Core.Audit;
using PmgBot.Core.Features.Actions;
using PmgBot.Core.Features.Actions.Decisions;
using PmgBot.Core.Register;
using PmgBot.Tests.Integration;
using PmgBot.Tests.Storage;
using PmgBot.Tests.Support;

namespace PmgBot.Tests.Features.Actions.Decisions;

/// <summary>Recording a JPP decision with its action items, on both providers (<see cref="DecisionScenario"/>).</summary>
[Collection(PostgresServerCollection.Name)]
public sealed class DecisionServiceTests(PostgresServer postgres)
{
    private const string Reason = "Fictieve reden die nooit in een log of auditregel mag staan.";

    public static TheoryData<StorageProvider, string> BadInputCases => StorageProviders.With(BadInput.Keys);

    /// <summary>A change to the valid vervolg decision of PMG-J-0001, and the one field message it must give.</summary>
    private static readonly Dictionary<string, (Func<DecisionInput, DecisionInput> Change, string Field, string Message)> BadInput = new()
    {
        ["no decision"] = (i => i with { Decision = null }, DecisionFields.Decision, DecisionMessages.ChooseDecision),
        ["unknown decision"] = (i => i with { Decision = "niets" }, DecisionFields.Decision, DecisionMessages.ChooseDecision),
        ["opschalen without reason"] = (i => i with { Decision = "opschalen", Level = "rood", Reason = " " }, DecisionFields.Reason, DecisionMessages.ReasonRequired),
        ["opschalen to groen"] = (i => i with { Decision = "opschalen", Level = "groen", Reason = Reason }, DecisionFields.Level, DecisionMessages.ChooseHigherLevel),
        ["opschalen oranje without procesregisseur"] = (i => i with { Decision = "opschalen", Level = "oranje", Reason = Reason },
            DecisionFields.Procesregisseur, DecisionMessages.ChooseProcesregisseur),
        ["opschalen oranje with a non-procesregisseur"] = (i => i with { Decision = "opschalen", Level = "oranje", Reason = Reason, Procesregisseur = TestDirectory.Politie },
            DecisionFields.Procesregisseur, DecisionMessages.ProcesregisseurNotEligible),
        ["afschalen from geen"] = (i => i with { Decision = "afschalen", Level = "groen" }, DecisionFields.Decision, DecisionMessages.CannotLower),
        ["afsluiten without reason"] = (i => i with { Decision = "afsluiten", NextReview = null }, DecisionFields.Reason, DecisionMessages.ReasonRequired),
        ["afsluiten with a review date"] = (i => i with { Decision = "afsluiten", Reason = Reason }, DecisionFields.NextReview, DecisionMessages.NoReviewWhenClosed),
        ["afsluiten with a review date other than the proposal"] = (i => i with { Decision = "afsluiten", Reason = Reason, ProposedReview = "2027-01-26" },
            DecisionFields.NextReview, DecisionMessages.NoReviewWhenClosed),
        ["doorverwijzen without target"] = (i => i with { Decision = "doorverwijzen", ReferralTarget = "politiebureau" },
            DecisionFields.ReferralTarget, DecisionMessages.ChooseReferralTarget),
        ["reason too long"] = (i => i with { Reason = new string('x', 501) }, DecisionFields.Reason, DecisionMessages.TooLong(500, 501)),
        ["no casusregisseur"] = (i => i with { Casusregisseur = "" }, DecisionFields.Casusregisseur, DecisionMessages.ChooseCasusregisseur),
        ["casusregisseur not involved"] = (i => i with { Casusregisseur = TestDirectory.Melder }, DecisionFields.Casusregisseur, DecisionMessages.CasusregisseurNotEligible),
        ["unknown intervention"] = (i => i with { Interventions = "gesprek,toverdrank" }, DecisionFields.Interventions, DecisionMessages.UnknownIntervention),
        ["no review date"] = (i => i with { NextReview = null }, DecisionFields.NextReview, DecisionMessages.ChooseNextReview),
        ["review date today"] = (i => i with { NextReview = "2026-12-01" }, DecisionFields.NextReview, DecisionMessages.ReviewAfterToday),
        ["review date unreadable"] = (i => i with { NextReview = "12-01-2027" }, DecisionFields.NextReview, DecisionMessages.DateNotReadable),
        ["review date over a year"] = (i => i with { NextReview = "2028-01-12" }, DecisionFields.NextReview, DecisionMessages.DateTooFar),
        ["owner not involved"] = (i => WithItem(i, 1, i.Items[1] with { Owner = TestDirectory.Melder }), DecisionFields.ItemOwner(2), DecisionMessages.OwnerNotEligible),
        ["item without owner"] = (i => WithItem(i, 1, i.Items[1] with { Owner = " " }), DecisionFields.ItemOwner(2), DecisionMessages.ChooseOwner),
        ["item without what"] = (i => WithItem(i, 0, i.Items[0] with { What = "" }), DecisionFields.ItemWhat(1), DecisionMessages.WhatRequired),
        ["item without what or pick"] = (i => WithItem(i, 0, i.Items[0] with { What = " ", WhatPick = "" }), DecisionFields.ItemWhat(1), DecisionMessages.WhatRequired),
        ["item with an unknown pick"] = (i => WithItem(i, 0, i.Items[0] with { What = null, WhatPick = "toverdrank" }), DecisionFields.ItemWhatPick(1), DecisionMessages.UnknownPick),
        ["item what too long beside a pick"] = (i => WithItem(i, 0, i.Items[0] with { What = new string('x', 501), WhatPick = "huisbezoek" }),
            DecisionFields.ItemWhat(1), DecisionMessages.TooLong(500, 501)),
        ["item what too long"] = (i => WithItem(i, 0, i.Items[0] with { What = new string('x', 501) }), DecisionFields.ItemWhat(1), DecisionMessages.TooLong(500, 501)),
        ["item without due"] = (i => WithItem(i, 1, i.Items[1] with { DueDate = null }), DecisionFields.ItemDue(2), DecisionMessages.ChooseDue),
        // A term the chair chose (not the prefilled default) beside another date: which one was meant is not clear.
        ["item with pick and other date"] = (i => WithItem(i, 0, i.Items[0] with { DueDate = "2026-12-09" }), DecisionFields.ItemDue(1), DecisionMessages.DueTwice),
        ["item due yesterday"] = (i => WithItem(i, 1, i.Items[1] with { DueDate = "2026-11-30" }), DecisionFields.ItemDueDate(2), DecisionMessages.DateInPast),
        ["item only a due date"] = (i => WithItem(i, 2, new ActionItemInput(null, "Iets", "2026-12-08", null)), DecisionFields.ItemOwner(3), DecisionMessages.ChooseOwner),
        // Half-filled rows beside the prefilled term: the default makes no row complete.
        ["owner without what, default term"] = (i => WithItem(i, 2, new ActionItemInput(TestDirectory.Politie, null, DecisionScenario.DefaultDue, null)),
            DecisionFields.ItemWhat(3), DecisionMessages.WhatRequired),
        ["picked what without owner, default term"] = (i => WithItem(i, 2, new ActionItemInput(null, null, DecisionScenario.DefaultDue, null, "huisbezoek")),
            DecisionFields.ItemOwner(3), DecisionMessages.ChooseOwner),
        ["typed what without owner, default term"] = (i => WithItem(i, 2, new ActionItemInput(" ", "Huisbezoek", DecisionScenario.DefaultDue, null)),
            DecisionFields.ItemOwner(3), DecisionMessages.ChooseOwner),
    };

    [Theory]
    [MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task RecordAsync_VervolgWithTwoItems_StoresDecisionItemsLevelHistoryAndAuditTogether(StorageProvider provider)
    {
        await using var scenario = await DecisionScenario.CreateAsync(provider, postgres);
        var input = await scenario.VervolgAsync();

        var result = await scenario.RecordAsync(TestDirectory.VoorzitterHeerlen, input);

        Assert.Equal((DecisionOutcome.Done, DecisionMessages.Recorded(2)), (result.Outcome, result.Message));
        Assert.Equal(2, result.ItemIds!.Count);
        await using var db = scenario.Database.CreateContext();
        var decision = await db.Set<YouthDecision>().SingleAsync();
        var youth = await db.Youths.SingleAsync(y => y.Code == "PMG-J-0001");
        Assert.Equal(
            (scenario.Meeting, youth.Id, DecisionKind.VervolgJpp, YouthLevel.Geen, YouthLevel.Groen, TestDirectory.Casusregisseur, false, "gesprek,stopgesprek",
                "Fictieve afspraak over sport.", (DateOnly?)new DateOnly(2027, 1, 12), TestDirectory.VoorzitterHeerlen, DecisionScenario.DuringMeeting.UtcDateTime),
            (decision.MeetingId, decision.YouthId, decision.Kind, decision.FromLevel, decision.ToLevel, decision.CasusregisseurId, decision.CasusregisseurChanged,
                decision.Interventions, decision.InterventionsNote, decision.NextReviewDate, decision.DecidedById, decision.DecidedAtUtc));
        var items = await db.Set<ActionItem>().OrderBy(i => i.Id).ToListAsync();
        Assert.Equal(
        [
            (decision.Id, TestDirectory.Casusregisseur, "Gesprek met ouders plannen", new DateOnly(2026, 12, 8), ActionItemState.Open, "jpp-heerlen", youth.Id, scenario.Meeting),
            (decision.Id, TestDirectory.Politie, "Stopgesprek houden", new DateOnly(2026, 12, 15), ActionItemState.Open, "jpp-heerlen", youth.Id, scenario.Meeting),
        ], items.Select(i => (i.DecisionId, i.OwnerId, i.What, i.DueDate, i.State, i.JppId, i.YouthId, i.MeetingId)));
        Assert.Equal(result.ItemIds, items.Select(i => i.Id));
        Assert.Equal((YouthLevel.Groen, input.YouthVersion + 1, DecisionScenario.DuringMeeting.UtcDateTime), (youth.Level, youth.Version, youth.LevelSinceUtc));
        Assert.Equal(new DateOnly(2027, 1, 12), youth.NextReviewDate); // the agenda brings the youth back for follow-up from that day
        var change = await db.YouthLevelChanges.SingleAsync(c => c.YouthId == youth.Id);
        Assert.Equal((YouthLevel.Geen, YouthLevel.Groen, TestDirectory.VoorzitterHeerlen, "Besluit JPP-overleg van 1 december 2026."),
            (change.FromLevel, change.ToLevel, change.ChangedById, change.Reason));
        var audit = await db.AuditEvents.SingleAsync(e => e.Action == ActionAuditActions.DecisionRecord);
        Assert.Equal(
            (TestDirectory.VoorzitterHeerlen, "youth", "PMG-J-0001", AuditOutcomes.Success, $"meeting={scenario.Meeting} decision=vervolgjpp from=geen to=groen items=2"),
            (audit.Actor, audit.RecordType, audit.RecordId, audit.Outcome, audit.Detail));
    }

    [Theory]
    [MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task RecordAsync_OpschalenToOranjeByTheProcesregisseur_LevelHistoryHasTheReason(StorageProvider provider)
    {
        await using var scenario = await DecisionScenario.CreateAsync(provider, postgres);
        var input = (await scenario.VervolgAsync("PMG-J-0002")) with
        {
            Decision = "opschalen",
            Level = "oranje",
            Reason = "  " + Reason + " ",
            Procesregisseur = TestDirectory.ProcesregisseurHeerlen,
            Casusregisseur = TestDirectory.Politie,
            Items = [new ActionItemInput(TestDirectory.Politie, "Huisbezoek", "2026-12-08", "2026-12-08")],
        };

        var result = await scenario.RecordAsync(TestDirectory.ProcesregisseurHeerlen, input);

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        await using var db = scenario.Database.CreateContext();
        var youth = await db.Youths.SingleAsync(y => y.Code == "PMG-J-0002");
        Assert.Equal((YouthLevel.Oranje, TestDirectory.ProcesregisseurHeerlen, TestDirectory.Politie), (youth.Level, youth.ProcesregisseurId, youth.CasusregisseurId));
        var change = await db.YouthLevelChanges.SingleAsync(c => c.YouthId == youth.Id);
        Assert.Equal((YouthLevel.Groen, YouthLevel.Oranje, Reason), (change.FromLevel, change.ToLevel, change.Reason));
        var decision = await db.Set<YouthDecision>().SingleAsync();
        Assert.Equal((DecisionKind.Opschalen, Reason, true), (decision.Kind, decision.Reason, decision.CasusregisseurChanged));
        var audit = await db.AuditEvents.SingleAsync(e => e.Action == ActionAuditActions.DecisionRecord);
        Assert.EndsWith("to=oranje items=1 casusregisseur=" + TestDirectory.Politie, audit.Detail);
        Assert.DoesNotContain(await db.AuditEvents.Select(e => e.Detail ?? "").ToListAsync(), d => d.Contains("Fictie", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task RecordAsync_AfschalenAndAfsluiten_OneStepDownAndClosedWithoutReview(StorageProvider provider)
    {
        await using var scenario = await DecisionScenario.CreateAsync(provider, postgres);
        var down = (await scenario.VervolgAsync("PMG-J-0003")) with
        {
            Decision = "afschalen", Level = "groen", Casusregisseur = TestDirectory.TweedeVoorzitterHeerlen, Items = [],
        };
        var close = (await scenario.VervolgAsync("PMG-J-0002")) with
        {
            Decision = "afsluiten", Reason = Reason, NextReview = null, Casusregisseur = null, Interventions = null, InterventionsNote = null, Items = [],
        };

        var lowered = await scenario.RecordAsync(TestDirectory.VoorzitterHeerlen, down);
        var closed = await scenario.RecordAsync(TestDirectory.VoorzitterHeerlen, close);

        Assert.Equal([DecisionOutcome.Done, DecisionOutcome.Done], new[] { lowered.Outcome, closed.Outcome });
        await using var db = scenario.Database.CreateContext();
        Assert.Equal(
            [("PMG-J-0002", YouthLevel.Afgesloten, (string?)null), ("PMG-J-0003", YouthLevel.Groen, (string?)null)],
            (await db.Youths.Where(y => y.Code == "PMG-J-0002" || y.Code == "PMG-J-0003").OrderBy(y => y.Code).ToListAsync())
                .Select(y => (y.Code, y.Level, y.ProcesregisseurId)));
        Assert.Equal(
            [(YouthLevel.Oranje, YouthLevel.Groen, "Besluit JPP-overleg van 1 december 2026."), (YouthLevel.Groen, YouthLevel.Afgesloten, Reason)],
            (await db.YouthLevelChanges.Where(c => c.ChangedAtUtc == DecisionScenario.DuringMeeting.UtcDateTime).OrderBy(c => c.Id).ToListAsync())
                .Select(c => (c.FromLevel, c.ToLevel, c.Reason)));
    }

    [Theory]
    [MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task RecordAsync_PickAloneOrTextBesideAPick_ThePicksDutchTextOrTheTextStoredAlsoForAnEnglishChair(StorageProvider provider)
    {
        await using var scenario = await DecisionScenario.CreateAsync(provider, postgres);
        var input = (await scenario.VervolgAsync()) with
        {
            Items =
            [
                new ActionItemInput(TestDirectory.Casusregisseur, null, "2026-12-08", null, "huisbezoek"),
                new ActionItemInput(TestDirectory.Politie, " Eigen afspraak met de wijkagent ", null, "2026-12-15", "halt"),
            ],
        };

        DecisionResult result;
        using (BotLanguage.Use(BotLanguage.English))
        {
            result = await scenario.RecordAsync(TestDirectory.VoorzitterHeerlen, input);
        }

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        await using var db = scenario.Database.CreateContext();
        Assert.Equal(
            [(TestDirectory.Casusregisseur, "Huisbezoek bij het gezin"), (TestDirectory.Politie, "Eigen afspraak met de wijkagent")],
            (await db.Set<ActionItem>().OrderBy(i => i.Id).ToListAsync()).Select(i => (i.OwnerId, i.What)));
    }

    [Theory]
    [MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task RecordAsync_RowsHoldingTheDefaultTerm_EmptyOnesSkippedFilledOnesStoredATypedDateWins(StorageProvider provider)
    {
        await using var scenario = await DecisionScenario.CreateAsync(provider, postgres);
        var input = (await scenario.VervolgAsync()) with
        {
            Items =
            [
                new ActionItemInput(TestDirectory.Casusregisseur, null, DecisionScenario.DefaultDue, "", "huisbezoek"),
                // The chair typed a date and left the prefilled term as it was: the typed date, not "kies er één".
                new ActionItemInput(TestDirectory.Politie, "Stopgesprek houden", DecisionScenario.DefaultDue, "2026-12-21"),
                new ActionItemInput("", "", DecisionScenario.DefaultDue, "", ""),
                new ActionItemInput(null, " ", DecisionScenario.DefaultDue, null),
            ],
        };

        var result = await scenario.RecordAsync(TestDirectory.VoorzitterHeerlen, input);

        Assert.Equal((DecisionOutcome.Done, DecisionMessages.Recorded(2)), (result.Outcome, result.Message));
        await using var db = scenario.Database.CreateContext();
        Assert.Equal(
            [(TestDirectory.Casusregisseur, "Huisbezoek bij het gezin", new DateOnly(2026, 12, 14)), (TestDirectory.Politie, "Stopgesprek houden", new DateOnly(2026, 12, 21))],
            (await db.Set<ActionItem>().OrderBy(i => i.Id).ToListAsync()).Select(i => (i.OwnerId, i.What, i.DueDate)));
    }

    [Theory]
    [InlineData("nl-NL", "Kies wie deze actie uitvoert.", "Kies een actie of beschrijf wat er moet gebeuren.")]
    [InlineData("en-US", "Choose who carries out this action.", "Choose an action or describe what needs to happen.")]
    public async Task RecordAsync_RowWithOnlyATermTheChairChose_HalfAnItemBothMessagesInTheChairsLanguageAndNothingStored(string locale, string owner, string what)
    {
        await using var scenario = await DecisionScenario.CreateAsync(StorageProvider.Sqlite, postgres);
        var input = await scenario.VervolgAsync();
        input = WithItem(input, 2, new ActionItemInput(null, null, "2026-12-08", null));
        var before = await scenario.SnapshotAsync();

        DecisionResult result;
        using (BotLanguage.Use(locale))
        {
            result = await scenario.RecordAsync(TestDirectory.VoorzitterHeerlen, input);
        }

        Assert.Equal(DecisionOutcome.Invalid, result.Outcome);
        Assert.Equal([new DecisionFieldError(DecisionFields.ItemOwner(3), owner), new DecisionFieldError(DecisionFields.ItemWhat(3), what)], result.Errors);
        Assert.Equal(before, await scenario.SnapshotAsync());
    }

    [Theory]
    [MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task RecordAsync_ItemWithNeitherTextNorPick_TheDutchMessageAndNothingStored(StorageProvider provider)
    {
        await using var scenario = await DecisionScenario.CreateAsync(provider, postgres);
        var input = await scenario.VervolgAsync();
        input = WithItem(input, 1, input.Items[1] with { What = null, WhatPick = null });
        var before = await scenario.SnapshotAsync();

        var result = await scenario.RecordAsync(TestDirectory.VoorzitterHeerlen, input);

        Assert.Equal(DecisionOutcome.Invalid, result.Outcome);
        Assert.Equal([new DecisionFieldError(DecisionFields.ItemWhat(2), "Kies een actie of beschrijf wat er moet gebeuren.")], result.Errors);
        Assert.Equal(before, await scenario.SnapshotAsync());
    }

    [Theory]
    [MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task RecordAsync_AfsluitenWithTheProposedReviewUntouched_ClosedWithoutReview(StorageProvider provider)
    {
        await using var scenario = await DecisionScenario.CreateAsync(provider, postgres);
        var close = (await scenario.VervolgAsync("PMG-J-0002")) with
        {
            Decision = "afsluiten", Reason = Reason, NextReview = "2027-01-12", ProposedReview = "2027-01-12", Casusregisseur = null, Items = [],
        };

        var result = await scenario.RecordAsync(TestDirectory.VoorzitterHeerlen, close);

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        await using var db = scenario.Database.CreateContext();
        Assert.Null((await db.Set<YouthDecision>().SingleAsync()).NextReviewDate);
        var youth = await db.Youths.SingleAsync(y => y.Code == "PMG-J-0002");
        Assert.Equal((YouthLevel.Afgesloten, (DateOnly?)null), (youth.Level, youth.NextReviewDate));
    }

    public static TheoryData<StorageProvider, string> ReviewCases => StorageProviders.With(["untouched", "changed"]);

    public static TheoryData<StorageProvider, string> RebuiltCardCases => StorageProviders.With(["vervolg", "afsluiten"]);

    [Theory]
    [MemberData(nameof(ReviewCases))]
    public async Task RecordAsync_DoorverwijzenWithTheProposedReview_UntouchedDroppedAChangedDateKept(StorageProvider provider, string review)
    {
        await using var scenario = await DecisionScenario.CreateAsync(provider, postgres);
        var proposed = await ProposedReviewAsync(scenario, "PMG-J-0001");
        var changed = review == "changed";
        var refer = (await scenario.VervolgAsync()) with
        {
            Decision = "doorverwijzen", ReferralTarget = "sociaal-team", ProposedReview = proposed, NextReview = changed ? "2027-01-26" : proposed,
        };

        var result = await scenario.RecordAsync(TestDirectory.VoorzitterHeerlen, refer);

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        DateOnly? expected = changed ? new DateOnly(2027, 1, 26) : null; // untouched: the referred youth does not come back on the agenda
        await using var db = scenario.Database.CreateContext();
        var youth = await db.Youths.SingleAsync(y => y.Code == "PMG-J-0001");
        var decision = await db.Set<YouthDecision>().SingleAsync();
        Assert.Equal((DecisionKind.Doorverwijzen, expected, expected), (decision.Kind, decision.NextReviewDate, youth.NextReviewDate));
    }

    [Theory]
    [MemberData(nameof(ReviewCases))]
    public async Task RecordAsync_OpschalenGroenToRoodWithTheProposedReview_UntouchedGetsRoodsPeriodAChangedDateKept(StorageProvider provider, string review)
    {
        await using var scenario = await DecisionScenario.CreateAsync(provider, postgres);
        // PMG-J-0002 is on groen: the card proposes groen's 6 weeks, the first meeting on or after 12 January 2027.
        var proposed = await ProposedReviewAsync(scenario, "PMG-J-0002");
        Assert.Equal("2027-01-12", proposed);
        var changed = review == "changed";
        var up = (await scenario.VervolgAsync("PMG-J-0002")) with
        {
            Decision = "opschalen", Level = "rood", Reason = Reason, ProposedReview = proposed, NextReview = changed ? "2027-01-19" : proposed,
            Casusregisseur = TestDirectory.Politie, Items = [],
        };

        var result = await scenario.RecordAsync(TestDirectory.VoorzitterHeerlen, up);

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        // Rood is reviewed after 8 weeks: 26 January 2027 (counted from 1 December).
        var expected = changed ? new DateOnly(2027, 1, 19) : new DateOnly(2027, 1, 26);
        await using var db = scenario.Database.CreateContext();
        var youth = await db.Youths.SingleAsync(y => y.Code == "PMG-J-0002");
        var decision = await db.Set<YouthDecision>().SingleAsync();
        Assert.Equal((YouthLevel.Rood, (DateOnly?)expected, (DateOnly?)expected), (youth.Level, decision.NextReviewDate, youth.NextReviewDate));
    }

    [Theory]
    [MemberData(nameof(RebuiltCardCases))]
    public async Task RecordAsync_CardRefusedAfterMidnightWithAMeetingPlannedMeanwhile_TheRebuiltCardSentAgainIsAcceptedAndItsUntouchedRowsStayEmpty(
        StorageProvider provider, string kind)
    {
        await using var scenario = await DecisionScenario.CreateAsync(provider, postgres);
        var chair = await scenario.ProfileAsync(TestDirectory.VoorzitterHeerlen);
        var opened = DecisionCard.Build((await scenario.WithServiceAsync(s => s.GetViewAsync(chair, "PMG-J-0001", scenario.Meeting, default))).View!, null, null);
        Assert.Equal(("2027-01-12", DecisionScenario.DefaultDue), (opened.ProposedReview, opened.DefaultDue));
        // The chair picks one action and sends without a decision.
        var sent = SentFrom(opened) with { Item1Owner = TestDirectory.Politie, Item1WhatPick = "huisbezoek", Reason = Reason };
        var refused = await scenario.RecordAsync(TestDirectory.VoorzitterHeerlen, sent.ToInput());
        Assert.Equal([new DecisionFieldError(DecisionFields.Decision, DecisionMessages.ChooseDecision)], refused.Errors);
        // Past midnight (Amsterdam), with an extra meeting on 10 December: afresh the proposal and the default would both differ.
        scenario.Database.Clock.Now = new DateTimeOffset(2026, 12, 1, 23, 30, 0, TimeSpan.Zero);
        await using (var db = scenario.Database.CreateContext())
        {
            db.JppMeetings.Add(new JppMeeting { JppId = "jpp-heerlen", StartsAtUtc = new DateTime(2026, 12, 10, 12, 30, 0, DateTimeKind.Utc) });
            await db.SaveChangesAsync();
        }

        var view = (await scenario.WithServiceAsync(s => s.GetViewAsync(chair, "PMG-J-0001", scenario.Meeting, default))).View!;
        var fresh = DecisionCard.Build(view, null, null);
        Assert.NotEqual((opened.ProposedReview, opened.DefaultDue), (fresh.ProposedReview, fresh.DefaultDue));

        var rebuilt = DecisionCard.Build(view, sent, refused);

        Assert.Equal((opened.ProposedReview, opened.DefaultDue, opened.ProposedReview), (rebuilt.ProposedReview, rebuilt.DefaultDue, rebuilt.Inputs.NextReview.Value));
        Assert.Contains(rebuilt.DueChoices, c => c.Value == opened.DefaultDue);
        Assert.All(rebuilt.Items.Skip(1), i => Assert.Equal(("", "", "", opened.DefaultDue, ""), (i.Owner.Value, i.WhatPick.Value, i.What.Value, i.Due.Value, i.DueDate.Value)));
        var again = await scenario.RecordAsync(TestDirectory.VoorzitterHeerlen, (SentFrom(rebuilt) with { Decision = kind }).ToInput());

        Assert.True(again.Succeeded, string.Join("; ", again.Errors));
        await using var check = scenario.Database.CreateContext();
        Assert.Equal([(TestDirectory.Politie, "Huisbezoek bij het gezin", new DateOnly(2026, 12, 14))],
            (await check.Set<ActionItem>().ToListAsync()).Select(i => (i.OwnerId, i.What, i.DueDate)));
        // Vervolg stores the proposal the chair saw and kept; afsluiten drops it.
        DateOnly? review = kind == "vervolg" ? new DateOnly(2027, 1, 12) : null;
        Assert.Equal(review, (await check.Youths.SingleAsync(y => y.Code == "PMG-J-0001")).NextReviewDate);
    }

    [Theory]
    [MemberData(nameof(BadInputCases))]
    public async Task RecordAsync_BadInput_StoresNothingAndSaysWhyPerField(StorageProvider provider, string name)
    {
        await using var scenario = await DecisionScenario.CreateAsync(provider, postgres);
        var (change, field, message) = BadInput[name];
        var input = change(await scenario.VervolgAsync());
        var before = await scenario.SnapshotAsync();

        var result = await scenario.RecordAsync(TestDirectory.VoorzitterHeerlen, input);

        Assert.Equal((DecisionOutcome.Invalid, DecisionMessages.NothingStored), (result.Outcome, result.Message));
        Assert.Equal([new DecisionFieldError(field, message)], result.Errors);
        Assert.Equal(before, await scenario.SnapshotAsync());
        await using var db = scenario.Database.CreateContext();
        var audit = await db.AuditEvents.OrderBy(e => e.Id).LastAsync();
        Assert.Equal((ActionAuditActions.DecisionRecord, AuditOutcomes.Rejected, "invalid:" + field), (audit.Action, audit.Outcome, audit.Detail));
    }

    [Theory]
    [InlineData(TestDirectory.VoorzitterHeerlen, true)]
    [InlineData(TestDirectory.TweedeVoorzitterHeerlen, true)]
    [InlineData(TestDirectory.ProcesregisseurHeerlen, true)]
    [InlineData(TestDirectory.VoorzitterBrunssum, false)] // chair of another JPP
    [InlineData(TestDirectory.Casusregisseur, false)]     // the youth's casusregisseur, a participant of this JPP
    [InlineData(TestDirectory.Programmamanager, false)]
    public async Task RecordAsync_OnlyChairsOfTheMeetingsJpp_OthersGetWhatAnUnknownYouthGets(string user, bool allowed)
    {
        await using var scenario = await DecisionScenario.CreateAsync(StorageProvider.Sqlite, postgres);
        var actor = await scenario.ProfileAsync(user);

        var view = await scenario.WithServiceAsync(s => s.GetViewAsync(actor, "PMG-J-0001", null, default));
        var result = await scenario.RecordAsync(user, await scenario.VervolgAsync());
        var unknown = await scenario.RecordAsync(user, (await scenario.VervolgAsync()) with { YouthCode = "PMG-J-9999" });

        Assert.Equal(allowed, view.View is not null);
        Assert.False(view.NoMeeting);
        Assert.Equal(allowed ? DecisionOutcome.Done : DecisionOutcome.NotFound, result.Outcome);
        Assert.Equal(DecisionResult.NotFound, unknown);
        Assert.Equal(allowed ? 1 : 0, (await scenario.SnapshotAsync()).Decisions);
    }

    [Theory]
    [MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task RecordAsync_SecondClickOrStaleCard_ChangesNothing(StorageProvider provider)
    {
        await using var scenario = await DecisionScenario.CreateAsync(provider, postgres);
        var input = await scenario.VervolgAsync();
        await scenario.RecordAsync(TestDirectory.VoorzitterHeerlen, input);
        var after = await scenario.SnapshotAsync();

        var stale = await scenario.RecordAsync(TestDirectory.TweedeVoorzitterHeerlen, input);
        var again = await scenario.RecordAsync(TestDirectory.VoorzitterHeerlen, input with { YouthVersion = input.YouthVersion + 1 });

        Assert.Equal(DecisionResult.Stale, stale);
        Assert.Equal(DecisionResult.AlreadyRecorded, again);
        Assert.Equal(after, await scenario.SnapshotAsync());
        Assert.Equal((1, 2), (after.Decisions, after.Items));
    }

    [Theory]
    [MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task RecordAsync_BeforeTheMeetingOrYouthNotOnItsAgenda_StoresNothing(StorageProvider provider)
    {
        await using var scenario = await DecisionScenario.CreateAsync(provider, postgres);
        var input = await scenario.VervolgAsync();
        var notOnAgenda = (await scenario.VervolgAsync("PMG-J-0004")) with { Casusregisseur = null, Items = [] };
        scenario.Database.Clock.Now = DecisionScenario.DuringMeeting.AddHours(-2);

        var early = await scenario.RecordAsync(TestDirectory.VoorzitterHeerlen, input);
        var absent = await scenario.RecordAsync(TestDirectory.VoorzitterHeerlen, notOnAgenda);

        Assert.Equal((DecisionOutcome.Invalid, DecisionMessages.NotStarted), (early.Outcome, early.Message));
        Assert.Equal(DecisionResult.NotFound, absent);
        Assert.Equal(0, (await scenario.SnapshotAsync()).Decisions);
    }

    [Theory]
    [MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task GetViewAsync_ByCodeDuringTheMeeting_TheMeetingChoicesAndNextMeeting(StorageProvider provider)
    {
        await using var scenario = await DecisionScenario.CreateAsync(provider, postgres);
        var chair = await scenario.ProfileAsync(TestDirectory.VoorzitterHeerlen);

        var result = await scenario.WithServiceAsync(s => s.GetViewAsync(chair, " pmg-j-0001", null, default));

        var view = Assert.IsType<DecisionView>(result.View);
        Assert.Equal((scenario.Meeting, "PMG-J-0001", "Fictief Een", YouthLevel.Geen, true, TestDirectory.Casusregisseur, new DateOnly(2026, 12, 1), new DateOnly(2026, 12, 15)),
            (view.MeetingId, view.Code, view.YouthName, view.Level, view.IsHomeJpp, view.CasusregisseurId, view.Today, view.NextMeetingDate));
        Assert.Equal(["Cas Regie", "Paula Politie"], view.Owners.Select(o => o.DisplayName));
        Assert.Equal(["Cas Regie", "Paula Politie"], view.Casusregisseurs.Select(o => o.DisplayName));
        Assert.Equal(["Piet Proces"], view.Procesregisseurs.Select(o => o.DisplayName));
        Assert.Equal([new DateOnly(2027, 2, 8), new DateOnly(2027, 2, 9)], view.ClosingDays.Order());
        // Level geen becomes groen on a vervolg; JPP Heerlen reviews groen after 6 weeks, and meets on 12 January 2027.
        Assert.Equal(new ReviewProposal(new DateOnly(2027, 1, 12), 6, true), view.ProposedReview);
        Assert.Null(view.Recorded);
        await using var db = scenario.Database.CreateContext();
        var audit = await db.AuditEvents.OrderBy(e => e.Id).LastAsync();
        Assert.Equal((ActionAuditActions.DecisionView, "PMG-J-0001", AuditOutcomes.Success), (audit.Action, audit.RecordId, audit.Outcome));
    }

    [Theory]
    [MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task GetViewAsync_AfterRecording_ShowsTheRecordedDecision(StorageProvider provider)
    {
        await using var scenario = await DecisionScenario.CreateAsync(provider, postgres);
        var chair = await scenario.ProfileAsync(TestDirectory.TweedeVoorzitterHeerlen);
        await scenario.RecordAsync(TestDirectory.VoorzitterHeerlen, await scenario.VervolgAsync());

        var result = await scenario.WithServiceAsync(s => s.GetViewAsync(chair, "PMG-J-0001", scenario.Meeting, default));

        Assert.Equal(new RecordedDecision(DecisionKind.VervolgJpp, YouthLevel.Groen, "Vera Voorzitter", DecisionScenario.DuringMeeting.UtcDateTime, 2),
            result.View!.Recorded);
    }

    [Fact]
    public async Task GetViewAsync_BeforeTheFirstMeetingOfTheYouth_ChairsHearThereIsNoMeetingOthersNotFound()
    {
        await using var scenario = await DecisionScenario.CreateAsync(StorageProvider.Sqlite, postgres);
        scenario.Database.Clock.Now = DecisionScenario.DuringMeeting.AddHours(-2);
        var chair = await scenario.ProfileAsync(TestDirectory.VoorzitterHeerlen);
        var other = await scenario.ProfileAsync(TestDirectory.VoorzitterBrunssum);

        var forChair = await scenario.WithServiceAsync(s => s.GetViewAsync(chair, "PMG-J-0001", null, default));
        var forOther = await scenario.WithServiceAsync(s => s.GetViewAsync(other, "PMG-J-0001", null, default));

        Assert.Equal(new DecisionViewResult(null, true), forChair);
        Assert.Equal(DecisionViewResult.NotFound, forOther);
    }

    private static async Task<string> ProposedReviewAsync(DecisionScenario scenario, string code)
    {
        var chair = await scenario.ProfileAsync(TestDirectory.VoorzitterHeerlen);
        var view = (await scenario.WithServiceAsync(s => s.GetViewAsync(chair, code, scenario.Meeting, default))).View!;
        return DecisionCard.Build(view, null, null).ProposedReview;
    }

    /// <summary>What the client sends for the card as it shows: the record action's data and every input's value.</summary>
    private static DecisionSubmitData SentFrom(DecisionCardData card)
    {
        var (inputs, items) = (card.Inputs, card.Items);
        return new DecisionSubmitData(
            card.Code, (int)card.MeetingId, card.Version, card.ProposedReview, card.DefaultDue,
            inputs.Decision.Value, inputs.Level.Value, inputs.Reason.Value, inputs.Procesregisseur.Value, inputs.ReferralTarget.Value,
            inputs.Casusregisseur.Value, inputs.Interventions.Value, inputs.InterventionsNote.Value, inputs.NextReview.Value,
            items[0].Owner.Value, items[0].WhatPick.Value, items[0].What.Value, items[0].Due.Value, items[0].DueDate.Value,
            items[1].Owner.Value, items[1].WhatPick.Value, items[1].What.Value, items[1].Due.Value, items[1].DueDate.Value,
            items[2].Owner.Value, items[2].WhatPick.Value, items[2].What.Value, items[2].Due.Value, items[2].DueDate.Value,
            items[3].Owner.Value, items[3].WhatPick.Value, items[3].What.Value, items[3].Due.Value, items[3].DueDate.Value);
    }

    private static DecisionInput WithItem(DecisionInput input, int index, ActionItemInput item)
    {
        var items = input.Items.ToList();
        items[index] = item;
        return input with { Items = items };
    }
}
