using System.Text.Json.Nodes;
using PmgBot.Cards;
using PmgBot.Cards.Localization;
using PmgBot.Core.Audit;
using PmgBot.Core.Outbox;
using PmgBot.Core.Directory;
using PmgBot.Core.Features.Actions;
using PmgBot.Core.Features.Actions.Decisions;
using PmgBot.Core.Register;

namespace PmgBot.Tests.Features.Actions;

public sealed class DecisionCardTests
{
    private static readonly DecisionView View = new(
        12,
        new DateTime(2026, 12, 1, 12, 30, 0, DateTimeKind.Utc),
        "jpp-heerlen",
        "JPP Heerlen",
        "PMG-J-0017",
        3,
        "Jan de Vries",
        new DateOnly(2010, 3, 12),
        YouthLevel.Oranje,
        true,
        "cas",
        "piet",
        [new DecisionPerson("cas", "Cas Regie", "Jongerenwerk Voorbeeld")],
        [new DecisionPerson("cas", "Cas Regie", "Jongerenwerk Voorbeeld")],
        [new DecisionPerson("piet", "Piet Proces", "")],
        new DateOnly(2026, 12, 1),
        new DateOnly(2026, 12, 15),
        [],
        null);

    [Fact]
    public void Build_FreshCard_CurrentCasusregisseurAndProcesregisseurPreselectedFourRowsWithOnlyTheDefaultTerm()
    {
        var card = DecisionCard.Build(View, null, null);

        Assert.Equal(("PMG-J-0017", 3, 12L, true, "oranje (LJA)", "dinsdag 1 december 2026 om 13:30"),
            (card.Code, card.Version, card.MeetingId, card.CanRecord, card.LevelTitle, card.MeetingDate));
        Assert.Equal(("cas", "piet", ""), (card.Inputs.Casusregisseur.Value, card.Inputs.Procesregisseur.Value, card.Inputs.Decision.Value));
        Assert.Equal([1, 2, 3, 4], card.Items.Select(i => i.Number));
        Assert.All(card.Items, i => Assert.Equal(("", (string?)null, "", ""), (i.What.Value, i.What.Error, i.WhatPick.Value, i.Owner.Value)));
        // The next JPP is on 15 December: every row proposes "voor de volgende JPP", the working day before it.
        Assert.All(card.Items, i => Assert.Equal(("2026-12-14", ""), (i.Due.Value, i.DueDate.Value)));
        Assert.Equal("2026-12-14", card.DefaultDue);
        Assert.Equal(("", "", (string?)null), (card.Inputs.NextReview.Value, card.ProposedReview, card.ReviewHint));
        Assert.Equal(["Cas Regie (Jongerenwerk Voorbeeld)"], card.OwnerChoices.Select(c => c.Title));
        Assert.Equal(["Piet Proces"], card.ProcesregisseurChoices.Select(c => c.Title));
        Assert.Equal(["2026-12-08", "2026-12-15", "2026-12-14"], card.DueChoices.Select(c => c.Value));
        Assert.Null(card.Notice);
    }

    [Fact]
    public void Build_Refused_InputKeptAndEachMessageAtItsField()
    {
        var input = new DecisionSubmitData(Code: "PMG-J-0017", Decision: "opschalen", Level: "rood", Casusregisseur: "", Item2Owner: "cas", Item2What: "", Item2Due: "2026-12-08");
        var result = DecisionResult.Invalid(
            [new(DecisionFields.Reason, DecisionMessages.ReasonRequired), new(DecisionFields.ItemWhat(2), DecisionMessages.WhatRequired)]);

        var card = DecisionCard.Build(View, input, result);

        Assert.Equal(("opschalen", "rood", "", DecisionMessages.ReasonRequired), (card.Inputs.Decision.Value, card.Inputs.Level.Value, card.Inputs.Casusregisseur.Value, card.Inputs.Reason.Error));
        Assert.Equal(("cas", "", DecisionMessages.WhatRequired, "2026-12-08"), (card.Items[1].Owner.Value, card.Items[1].What.Value, card.Items[1].What.Error, card.Items[1].Due.Value));
        Assert.Null(card.Items[0].What.Error);
        Assert.Equal("", card.Items[0].Due.Value); // as sent: the default is not put back into a row the chair cleared
        Assert.Equal((DecisionMessages.NothingStored, "attention"), (card.Notice, card.NoticeStyle));
    }

    [Fact]
    public void Build_NoNextMeetingPlanned_EveryRowProposesWithinTwoWeeks()
    {
        var card = DecisionCard.Build(View with { NextMeetingDate = null }, null, null);

        Assert.Equal(["2026-12-08", "2026-12-15"], card.DueChoices.Select(c => c.Value));
        Assert.All(card.Items, i => Assert.Equal("2026-12-15", i.Due.Value));
        Assert.Equal("2026-12-15", card.DefaultDue);
    }

    [Fact]
    public void Render_FreshCard_EveryRowsTermShowsTheDefaultAndTheRecordActionSendsItBack()
    {
        var card = new CardRenderer().Render(CardTemplateNames.Decision, DecisionCard.Build(View, null, null));

        var inputs = Descendants(card).Where(o => ((string?)o["type"])?.StartsWith("Input.", StringComparison.Ordinal) == true)
            .ToDictionary(o => (string)o["id"]!);
        for (var n = 1; n <= DecisionLimits.MaxItems; n++)
        {
            Assert.Equal(("Input.ChoiceSet", "2026-12-14"), ((string?)inputs[DecisionFields.ItemDue(n)]["type"], (string?)inputs[DecisionFields.ItemDue(n)]["value"]));
            Assert.Equal("", (string?)inputs[DecisionFields.ItemOwner(n)]["value"] ?? "");
        }

        var record = Descendants(card).Single(o => (string?)o["verb"] == ActionVerbs.RecordDecision);
        Assert.Equal("2026-12-14", (string?)record["data"]!["defaultDue"]);
    }

    [Fact]
    public void Build_WithReviewProposal_DatePrefilledSentBackAndExplained()
    {
        var view = View with { ProposedReview = new ReviewProposal(new DateOnly(2027, 1, 12), 6, true) };

        var card = DecisionCard.Build(view, null, null);

        Assert.Equal(("2027-01-12", "2027-01-12"), (card.Inputs.NextReview.Value, card.ProposedReview));
        Assert.Equal("Voorstel bij vervolg: het eerste JPP-overleg na de bespreektermijn van 6 weken. Pas de datum aan als dat nodig is. Laat je het voorstel staan, dan geldt bij op- of afschalen de termijn van het nieuwe niveau en vervalt het bij afsluiten of doorverwijzen.", card.ReviewHint);
    }

    [Fact]
    public void Build_ProposalWithoutAPlannedMeeting_HintSaysSo()
    {
        var view = View with { ProposedReview = new ReviewProposal(new DateOnly(2027, 1, 26), 8, false) };

        var card = DecisionCard.Build(view, null, null);

        Assert.Equal("2027-01-26", card.Inputs.NextReview.Value);
        Assert.Equal("Voorstel bij vervolg: na de bespreektermijn van 8 weken (zo ver vooruit is nog geen overleg gepland). Pas de datum aan als dat nodig is. Laat je het voorstel staan, dan geldt bij op- of afschalen de termijn van het nieuwe niveau en vervalt het bij afsluiten of doorverwijzen.", card.ReviewHint);
    }

    [Fact]
    public void Build_RefusedAfterTheChairClearedTheProposal_TheClearedFieldIsKept()
    {
        var view = View with { ProposedReview = new ReviewProposal(new DateOnly(2027, 1, 12), 6, true) };
        var input = new DecisionSubmitData(Code: "PMG-J-0017", Decision: "vervolg", NextReview: "", ProposedReview: "2027-01-12", Item1WhatPick: "huisbezoek");
        var result = DecisionResult.Invalid([new(DecisionFields.NextReview, DecisionMessages.ChooseNextReview)]);

        var card = DecisionCard.Build(view, input, result);

        Assert.Equal(("", DecisionMessages.ChooseNextReview, "2027-01-12"), (card.Inputs.NextReview.Value, card.Inputs.NextReview.Error, card.ProposedReview));
        Assert.Equal(("huisbezoek", ""), (card.Items[0].WhatPick.Value, card.Items[0].What.Value));
    }

    [Fact]
    public void Build_RefusedWithAnOlderProposalAndDefaultTerm_EchoesTheSentOnesOffersTheSentTermAndNoHintAboutTheNewProposal()
    {
        var view = View with { ProposedReview = new ReviewProposal(new DateOnly(2027, 1, 26), 6, true) };
        var input = new DecisionSubmitData(
            Code: "PMG-J-0017", ProposedReview: "2027-01-12", DefaultDue: "2026-12-11", NextReview: "2027-01-12", Item1Owner: "cas", Item1Due: "2026-12-11", Item2Due: "2026-12-11");

        var card = DecisionCard.Build(view, input, DecisionResult.Invalid([new(DecisionFields.Decision, DecisionMessages.ChooseDecision)]));

        Assert.Equal(("2027-01-12", "2026-12-11", "2027-01-12", (string?)null), (card.ProposedReview, card.DefaultDue, card.Inputs.NextReview.Value, card.ReviewHint));
        Assert.Equal(["2026-12-08", "2026-12-15", "2026-12-14", "2026-12-11"], card.DueChoices.Select(c => c.Value));
        Assert.Equal("zoals voorgesteld (vrijdag 11 december)", card.DueChoices[^1].Title);
        Assert.Equal("2026-12-11", card.Items[1].Due.Value);
    }

    [Theory]
    [InlineData("2026-12-14", "2026-12-14")] // the same as afresh: no extra pick
    [InlineData("14-12-2026", "2026-12-14")] // unreadable: the fresh default
    [InlineData(null, "2026-12-14")]
    public void Build_RefusedWithTheFreshDefaultOrNoReadableOne_TheUsualPicksAndHint(string? sentDue, string expected)
    {
        var view = View with { ProposedReview = new ReviewProposal(new DateOnly(2027, 1, 12), 6, true) };
        var input = new DecisionSubmitData(Code: "PMG-J-0017", ProposedReview: "2027-01-12", DefaultDue: sentDue, NextReview: "2027-01-12");

        var card = DecisionCard.Build(view, input, DecisionResult.Invalid([new(DecisionFields.Decision, DecisionMessages.ChooseDecision)]));

        Assert.Equal(expected, card.DefaultDue);
        Assert.Equal(["2026-12-08", "2026-12-15", "2026-12-14"], card.DueChoices.Select(c => c.Value));
        Assert.NotNull(card.ReviewHint);
    }

    public static TheoryData<string, string, string> PickLanguages => new()
    {
        { "nl-NL", "Wat", "Gesprek met jongere en ouders|Huisbezoek bij het gezin|Stopgesprek houden|Halt inschakelen voor het preventieve aanbod|Contact met school en leerplicht over verzuim|Passende vrijetijdsbesteding zoeken met de jongere|Hulpverlening of wijkteam inschakelen|Nagaan welke maatregelen al lopen|Terugkoppelen in het volgende JPP" },
        { "en-US", "What", "Talk with the youth and parents|Home visit to the family|Hold a police warning talk (stopgesprek)|Bring in Halt for its preventive offer|Contact the school and the attendance officer about truancy|Find a suitable leisure activity with the youth|Bring in youth care or the neighbourhood team|Check which measures are already in place|Report back at the next JPP" },
    };

    [Theory]
    [MemberData(nameof(PickLanguages))]
    public void Render_EveryItemRow_OffersTheCommonActionsInTheTurnsLanguageNextToTheFreeText(string locale, string label, string titles)
    {
        using var language = BotLanguage.Use(locale);

        var card = new CardRenderer().Render(CardTemplateNames.Decision, DecisionCard.Build(View, null, null));

        var inputs = Descendants(card).Where(o => ((string?)o["type"])?.StartsWith("Input.", StringComparison.Ordinal) == true)
            .ToDictionary(o => (string)o["id"]!);
        for (var n = 1; n <= DecisionLimits.MaxItems; n++)
        {
            var pick = inputs[DecisionFields.ItemWhatPick(n)];
            Assert.Equal(("Input.ChoiceSet", label, "compact"), ((string?)pick["type"], (string?)pick["label"], (string?)pick["style"]));
            Assert.Equal(titles, string.Join("|", pick["choices"]!.AsArray().Select(c => (string)c!["title"]!)));
            Assert.Equal(ActionPicks.All.Select(p => p.Code), pick["choices"]!.AsArray().Select(c => (string)c!["value"]!));
            Assert.Equal("Input.Text", (string?)inputs[DecisionFields.ItemWhat(n)]["type"]);
        }
    }

    [Fact]
    public void Build_AlreadyRecorded_FormHiddenWithWhoAndWhen()
    {
        var recorded = View with { Recorded = new RecordedDecision(DecisionKind.Opschalen, YouthLevel.Rood, "Vera Voorzitter", new DateTime(2026, 12, 1, 14, 5, 0, DateTimeKind.Utc), 1) };

        var card = DecisionCard.Build(recorded, null, null);

        Assert.False(card.CanRecord);
        Assert.Equal("Opschalen (oranje of rood) (niveau rood (PGA)), 1 actiepunt. Vastgelegd door Vera Voorzitter op dinsdag 1 december 2026 om 15:05.", card.Recorded);
    }

    private static IEnumerable<JsonObject> Descendants(JsonNode? node) => node switch
    {
        JsonObject obj => new[] { obj }.Concat(obj.SelectMany(p => Descendants(p.Value))),
        JsonArray array => array.SelectMany(Descendants),
        _ => [],
    };
}
