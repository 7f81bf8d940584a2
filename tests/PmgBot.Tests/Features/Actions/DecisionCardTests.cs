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
    public void Build_FreshCard_CurrentCasusregisseurAndProcesregisseurPreselectedFourEmptyRows()
    {
        var card = DecisionCard.Build(View, null, null);

        Assert.Equal(("PMG-J-0017", 3, 12L, true, "oranje (LJA)", "dinsdag 1 december 2026 om 13:30"),
            (card.Code, card.Version, card.MeetingId, card.CanRecord, card.LevelTitle, card.MeetingDate));
        Assert.Equal(("cas", "piet", ""), (card.Inputs.Casusregisseur.Value, card.Inputs.Procesregisseur.Value, card.Inputs.Decision.Value));
        Assert.Equal([1, 2, 3, 4], card.Items.Select(i => i.Number));
        Assert.All(card.Items, i => Assert.Equal(("", (string?)null), (i.What.Value, i.What.Error)));
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
        Assert.Equal((DecisionMessages.NothingStored, "attention"), (card.Notice, card.NoticeStyle));
    }

    [Fact]
    public void Build_AlreadyRecorded_FormHiddenWithWhoAndWhen()
    {
        var recorded = View with { Recorded = new RecordedDecision(DecisionKind.Opschalen, YouthLevel.Rood, "Vera Voorzitter", new DateTime(2026, 12, 1, 14, 5, 0, DateTimeKind.Utc), 1) };

        var card = DecisionCard.Build(recorded, null, null);

        Assert.False(card.CanRecord);
        Assert.Equal("Opschalen (oranje of rood) (niveau rood (PGA)), 1 actiepunt. Vastgelegd door Vera Voorzitter op dinsdag 1 december 2026 om 15:05.", card.Recorded);
    }
}
