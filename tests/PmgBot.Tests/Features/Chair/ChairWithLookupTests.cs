using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using PmgBot.Core.Features.Chair;
using PmgBot.Core.Features.Register;
using PmgBot.Core.Outbox;
using PmgBot.Core.Turns;
using PmgBot.Tests.Integration;

namespace PmgBot.Tests.Features.Chair;

/// <summary>The chair's actions seen through the lookup's youth.open: sharing with Brunssum, and the notice's button.</summary>
public sealed class ChairWithLookupTests : BotAppTest
{
    [Fact]
    public async Task ShareWithJpp_BrunssumChairOpensTheCode_NotFoundBeforeYouthCardAfter()
    {
        await ChairYouths.InsertDefaultAsync(App);
        var open = new JsonObject { ["code"] = ChairYouths.Code };
        var before = await ChairCalls.InvokeAsync(App, RegisterVerbs.OpenYouth, open.DeepClone().AsObject(), TestDirectory.VoorzitterBrunssum);
        var unknown = await ChairCalls.InvokeAsync(App, RegisterVerbs.OpenYouth, new JsonObject { ["code"] = "PMG-J-9999" }, TestDirectory.VoorzitterBrunssum);

        await ChairCalls.InvokeAsync(App, ChairVerbs.ShareWithJpp, ChairCalls.Data(0,
            (YouthRecordFields.Jpp, "jpp-brunssum"), (YouthRecordFields.ShareReason, "Gebiedsverbod in Brunssum.")), TestDirectory.VoorzitterHeerlen);
        var after = await ChairCalls.InvokeAsync(App, RegisterVerbs.OpenYouth, open.DeepClone().AsObject(), TestDirectory.VoorzitterBrunssum);

        Assert.Equal(unknown.Raw, before.Raw);
        Assert.Equal(NotAllowed.YouthNotFoundText, before.Message);
        Assert.Contains("Jan de Vries", after.CardJson, StringComparison.Ordinal);
        Assert.DoesNotContain($"\"verb\":\"{ChairVerbs.OpenChairActions}\"", after.CardJson, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AssignCasusregisseur_TheNoticeButton_OpensTheYouthCardForTheNewCasusregisseur()
    {
        await ChairYouths.InsertDefaultAsync(App);
        await ChairCalls.InvokeAsync(App, ChairVerbs.AssignCasusregisseur,
            ChairCalls.Data(0, (YouthRecordFields.Casusregisseur, TestDirectory.Politie)), TestDirectory.VoorzitterHeerlen);
        var notice = JsonNode.Parse(await App.QueryAsync(db => db.OutboxMessages.Select(m => m.ActivityJson).SingleAsync()))!;
        var button = notice["attachments"]![0]!["content"]!["actions"]![0]!;

        var answer = await ChairCalls.InvokeAsync(App, button["verb"]!.GetValue<string>(), button["data"]!.DeepClone().AsObject(), TestDirectory.Politie);

        Assert.Contains("Jan de Vries", answer.CardJson, StringComparison.Ordinal);
        Assert.Contains("Paula Politie", answer.CardJson, StringComparison.Ordinal);
    }

    [Fact]
    public async Task YouthCard_ChairButton_OpensTheChairCard()
    {
        await ChairYouths.InsertDefaultAsync(App);
        var card = await ChairCalls.InvokeAsync(App, RegisterVerbs.OpenYouth, new JsonObject { ["code"] = ChairYouths.Code }, TestDirectory.VoorzitterHeerlen);
        var button = card.Elements.Single(e => (string?)e["type"] == "Action.Execute" && (string?)e["verb"] == ChairVerbs.OpenChairActions);

        var chair = await ChairCalls.InvokeAsync(App, ChairVerbs.OpenChairActions, button["data"]!.DeepClone().AsObject(), TestDirectory.VoorzitterHeerlen);

        Assert.Contains("Casus PMG-J-0017: acties van de voorzitter", chair.TextBlocks);
    }
}
