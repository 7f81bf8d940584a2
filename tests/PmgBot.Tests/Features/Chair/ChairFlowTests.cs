using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PmgBot.Core.Access;
using PmgBot.Core.Audit;
using PmgBot.Core.Directory;
using PmgBot.Core.Features.Chair;
using PmgBot.Core.Features.Register;
using PmgBot.Core.Outbox;
using PmgBot.Core.Register;
using PmgBot.Core.Turns;
using PmgBot.Tests.Integration;

namespace PmgBot.Tests.Features.Chair;

/// <summary>The chair's actions on a youth through the real endpoint: the card, each action, the notice and the history.</summary>
public sealed class ChairFlowTests : BotAppTest
{
    [Theory]
    [InlineData(TestDirectory.VoorzitterHeerlen)]
    [InlineData(TestDirectory.TweedeVoorzitterHeerlen)]
    [InlineData(TestDirectory.ProcesregisseurHeerlen)]
    public async Task OpenChairActions_ChairOfHomeJpp_ShowsCardWithServerComputedChoices(string chair)
    {
        await ChairYouths.InsertDefaultAsync(App);

        var answer = await ChairCalls.InvokeAsync(App, ChairVerbs.OpenChairActions, new JsonObject { ["code"] = ChairYouths.Code }, chair);

        Assert.Contains("Jan de Vries", answer.TextRuns);
        Assert.Contains("12 maart 2010", answer.TextRuns);
        Assert.Equal(["Cas Regie (Jongerenwerk Voorbeeld)", "Paula Politie (Politie Basisteam Voorbeeld)"], answer.ChoiceTitles(YouthRecordFields.Casusregisseur));
        Assert.Equal([TestDirectory.Casusregisseur, TestDirectory.Politie], answer.ChoiceValues(YouthRecordFields.Casusregisseur));
        Assert.Equal(["Piet Proces (Zorg- en Veiligheidshuis Voorbeeld)"], answer.ChoiceTitles(YouthRecordFields.Procesregisseur));
        Assert.DoesNotContain("jongerenwerk", answer.ChoiceValues(YouthRecordFields.Organisation));
        Assert.Contains("voorbeeldschool", answer.ChoiceValues(YouthRecordFields.Organisation));
        Assert.Equal(["jpp-brunssum"], answer.ChoiceValues(YouthRecordFields.Jpp));
        Assert.Equal(["geen", "groen", "oranje", "rood", "afgesloten"], answer.ChoiceValues(YouthRecordFields.Level));
        Assert.Equal(0, answer.ActionData(ChairVerbs.AssignCasusregisseur)["version"]!.GetValue<int>());
        Assert.Equal(ChairYouths.Code, answer.ActionData(ChairVerbs.SetLevel)["code"]!.GetValue<string>());
        Assert.Contains("Nog geen wijzigingen.", answer.TextBlocks);
        Assert.Equal(1, await App.QueryAsync(db => db.AuditEvents.CountAsync(a =>
            a.Action == AuditActions.YouthViewChair && a.Outcome == AuditOutcomes.Success && a.RecordId == ChairYouths.Code && a.Actor == chair)));
    }

    [Fact]
    public async Task AssignCasusregisseur_InvolvedProfessional_StoresNotifiesWithCodeOnlyAndRefreshesCard()
    {
        await ChairYouths.InsertDefaultAsync(App);
        // The casusregisseur has a personal chat with the bot (their conversation reference is stored).
        await App.PostAndWaitAsync(TestActivities.Message("help", TestDirectory.Casusregisseur, conversation: "a:casusregisseur"));

        var answer = await ChairCalls.InvokeAsync(App, ChairVerbs.AssignCasusregisseur,
            ChairCalls.Data(0, (YouthRecordFields.Casusregisseur, TestDirectory.Casusregisseur)), TestDirectory.VoorzitterHeerlen);

        var youth = await App.QueryAsync(db => db.Youths.SingleAsync());
        Assert.Equal(TestDirectory.Casusregisseur, youth.CasusregisseurId);
        Assert.Equal(1, youth.Version);
        Assert.Contains(YouthRecordMessages.CasusregisseurAssigned, answer.TextBlocks);
        Assert.Contains("Cas Regie (Jongerenwerk Voorbeeld)", answer.TextRuns);
        Assert.Equal(1, answer.ActionData(ChairVerbs.SetLevel)["version"]!.GetValue<int>());

        var message = await App.QueryAsync(db => db.OutboxMessages.SingleAsync());
        Assert.Equal($"casusregisseur:{ChairYouths.Code}:{TestDirectory.Casusregisseur}:1", message.DedupKey);
        Assert.Equal("a:casusregisseur", message.ConversationId);
        var activity = JsonNode.Parse(message.ActivityJson)!;
        Assert.Equal("Je bent casusregisseur van casus PMG-J-0017.", activity["text"]!.GetValue<string>());
        var card = activity["attachments"]![0]!["content"]!.ToJsonString();
        Assert.Contains("Nieuwe casus", card, StringComparison.Ordinal);
        Assert.Contains($"\"verb\":\"{RegisterVerbs.OpenYouth}\"", card, StringComparison.Ordinal);
        Assert.Contains("\"data\":{\"code\":\"PMG-J-0017\",\"source\":\"notice\"}", card, StringComparison.Ordinal);
        foreach (var personal in new[] { ChairYouths.FirstName, ChairYouths.LastName, "2010", "maart" })
        {
            Assert.DoesNotContain(personal, message.ActivityJson, StringComparison.Ordinal);
        }

        Assert.Equal(1, await App.QueryAsync(db => db.AuditEvents.CountAsync(a =>
            a.Action == AuditActions.YouthAssignCasusregisseur && a.Outcome == AuditOutcomes.Success && a.RecordId == ChairYouths.Code)));
        Assert.Equal(1, await App.QueryAsync(db => db.AuditEvents.CountAsync(a =>
            a.Action == AuditActions.YouthNoticeCasusregisseur && a.Outcome == AuditOutcomes.Success)));
        var details = await App.QueryAsync(db => db.AuditEvents.Select(a => a.Detail ?? "").ToListAsync());
        Assert.DoesNotContain(details, d => d.Contains(ChairYouths.LastName, StringComparison.Ordinal));
    }

    [Fact]
    public async Task AssignCasusregisseur_CasusregisseurWithoutPersonalChat_CreatesItAndQueuesTheNotice()
    {
        await ChairYouths.InsertDefaultAsync(App);

        await ChairCalls.InvokeAsync(App, ChairVerbs.AssignCasusregisseur,
            ChairCalls.Data(0, (YouthRecordFields.Casusregisseur, TestDirectory.Politie)), TestDirectory.VoorzitterHeerlen);

        var message = await App.QueryAsync(db => db.OutboxMessages.SingleAsync());
        Assert.Equal($"casusregisseur:{ChairYouths.Code}:{TestDirectory.Politie}:1", message.DedupKey);
        Assert.Contains(App.Connector.Calls, c => c.Method == "POST" && c.Path.EndsWith("/v3/conversations", StringComparison.Ordinal)
            && c.AllText.Contains(TestDirectory.Politie, StringComparison.Ordinal));
    }

    [Fact]
    public async Task SetLevel_GroenThenOranje_WritesHistoryWithWhoWhenWhyNewestFirst()
    {
        await ChairYouths.InsertDefaultAsync(App);

        await ChairCalls.InvokeAsync(App, ChairVerbs.SetLevel,
            ChairCalls.Data(0, (YouthRecordFields.Level, "groen"), (YouthRecordFields.LevelReason, "Besproken in het JPP.")), TestDirectory.VoorzitterHeerlen);
        var answer = await ChairCalls.InvokeAsync(App, ChairVerbs.SetLevel,
            ChairCalls.Data(1, (YouthRecordFields.Level, "oranje"), (YouthRecordFields.LevelReason, "Meer signalen van school en politie."),
                (YouthRecordFields.Procesregisseur, TestDirectory.ProcesregisseurHeerlen)), TestDirectory.TweedeVoorzitterHeerlen);

        var youth = await App.QueryAsync(db => db.Youths.SingleAsync());
        Assert.Equal(YouthLevel.Oranje, youth.Level);
        Assert.Equal(TestDirectory.ProcesregisseurHeerlen, youth.ProcesregisseurId);
        Assert.Equal(2, youth.Version);
        var changes = await App.QueryAsync(db => db.YouthLevelChanges.OrderBy(c => c.Id).ToListAsync());
        Assert.Collection(
            changes,
            c => Assert.Equal((YouthLevel.Geen, YouthLevel.Groen, TestDirectory.VoorzitterHeerlen, "Besproken in het JPP."), (c.FromLevel, c.ToLevel, c.ChangedById, c.Reason)),
            c => Assert.Equal((YouthLevel.Groen, YouthLevel.Oranje, TestDirectory.TweedeVoorzitterHeerlen, "Meer signalen van school en politie."), (c.FromLevel, c.ToLevel, c.ChangedById, c.Reason)));
        Assert.Equal(youth.LevelSinceUtc, changes[1].ChangedAtUtc);

        Assert.Contains(YouthRecordMessages.LevelSet, answer.TextBlocks);
        Assert.Contains(answer.TextBlocks, t => t.StartsWith("Niveau: oranje (LJA), sinds ", StringComparison.Ordinal));
        Assert.Contains("Piet Proces (Zorg- en Veiligheidshuis Voorbeeld)", answer.TextRuns);
        var runs = answer.TextRuns.ToList();
        Assert.True(runs.IndexOf("Meer signalen van school en politie.") < runs.IndexOf("Besproken in het JPP."), "newest first");
        Assert.Contains("Wim Tweede", runs);
        Assert.Contains("Vera Voorzitter", runs);
        Assert.Contains(answer.TextBlocks, t => t.EndsWith(": groen (JPP) naar oranje (LJA)", StringComparison.Ordinal));
        Assert.Equal(2, await App.QueryAsync(db => db.AuditEvents.CountAsync(a => a.Action == AuditActions.YouthSetLevel && a.Outcome == AuditOutcomes.Success)));
    }

    [Fact]
    public async Task SetLevel_AwayFromOranje_ClearsTheProcesregisseur()
    {
        await ChairYouths.InsertDefaultAsync(App);
        await ChairCalls.InvokeAsync(App, ChairVerbs.SetLevel, ChairCalls.Data(0, (YouthRecordFields.Level, "oranje"),
            (YouthRecordFields.LevelReason, "LJA nodig."), (YouthRecordFields.Procesregisseur, TestDirectory.ProcesregisseurHeerlen)), TestDirectory.VoorzitterHeerlen);

        await ChairCalls.InvokeAsync(App, ChairVerbs.SetLevel, ChairCalls.Data(1, (YouthRecordFields.Level, "groen"),
            (YouthRecordFields.LevelReason, "Gaat beter."), (YouthRecordFields.Procesregisseur, TestDirectory.ProcesregisseurHeerlen)), TestDirectory.VoorzitterHeerlen);

        var youth = await App.QueryAsync(db => db.Youths.SingleAsync());
        Assert.Equal(YouthLevel.Groen, youth.Level);
        Assert.Null(youth.ProcesregisseurId);
    }

    [Fact]
    public async Task SetLevel_ReasonWithMarkupAndTemplateSyntax_IsStoredAndShownLiterallyInTextRuns()
    {
        const string reason = "${youthName} ${$root} \"quoted\" {braces} **vet** [link](http://x) <b>html</b> \\back\\";
        await ChairYouths.InsertDefaultAsync(App);

        var answer = await ChairCalls.InvokeAsync(App, ChairVerbs.SetLevel,
            ChairCalls.Data(0, (YouthRecordFields.Level, "groen"), (YouthRecordFields.LevelReason, reason)), TestDirectory.VoorzitterHeerlen);

        Assert.Equal(reason, await App.QueryAsync(db => db.YouthLevelChanges.Select(c => c.Reason).SingleAsync()));
        Assert.Contains(reason, answer.TextRuns);
        Assert.DoesNotContain(answer.TextBlocks, t => t.Contains("**vet**", StringComparison.Ordinal));
        Assert.Equal(1, answer.TextRuns.Count(t => t == reason));
    }

    [Fact]
    public async Task LevelHistory_ShowsMomentsInEuropeAmsterdamAcrossDaylightSaving()
    {
        var youthId = await ChairYouths.InsertDefaultAsync(App);
        await App.QueryAsync(async db =>
        {
            db.YouthLevelChanges.Add(new YouthLevelChange
            {
                YouthId = youthId, FromLevel = YouthLevel.Geen, ToLevel = YouthLevel.Groen, ChangedById = TestDirectory.ProcesregisseurHeerlen,
                ChangedAtUtc = new DateTime(2026, 7, 1, 12, 0, 0, DateTimeKind.Utc), Reason = "Zomer.",
            });
            db.YouthLevelChanges.Add(new YouthLevelChange
            {
                YouthId = youthId, FromLevel = YouthLevel.Groen, ToLevel = YouthLevel.Geen, ChangedById = "removed-professional",
                ChangedAtUtc = new DateTime(2026, 12, 1, 13, 5, 0, DateTimeKind.Utc), Reason = "Winter.",
            });
            return await db.SaveChangesAsync();
        });

        var answer = await ChairCalls.InvokeAsync(App, ChairVerbs.OpenChairActions, new JsonObject { ["code"] = ChairYouths.Code }, TestDirectory.VoorzitterHeerlen);

        Assert.Contains("dinsdag 1 december 2026 om 14:05: groen (JPP) naar geen", answer.TextBlocks);
        Assert.Contains("woensdag 1 juli 2026 om 14:00: geen naar groen (JPP)", answer.TextBlocks);
        Assert.Contains("Piet Proces", answer.TextRuns);
        Assert.Contains("removed-professional", answer.TextRuns);
    }

    [Fact]
    public async Task AddOrganisation_NotYetInvolved_IsStoredAndItsProfessionalsBecomeEligible()
    {
        await ChairYouths.InsertDefaultAsync(App);

        var answer = await ChairCalls.InvokeAsync(App, ChairVerbs.AddOrganisation,
            ChairCalls.Data(0, (YouthRecordFields.Organisation, "voorbeeldschool")), TestDirectory.ProcesregisseurHeerlen);

        var involvement = await App.QueryAsync(db => db.YouthInvolvements.SingleAsync(i => i.OrganisationId == "voorbeeldschool"));
        Assert.Equal(TestDirectory.ProcesregisseurHeerlen, involvement.AddedById);
        Assert.Contains(YouthRecordMessages.OrganisationAdded, answer.TextBlocks);
        Assert.Contains(TestDirectory.Melder, answer.ChoiceValues(YouthRecordFields.Casusregisseur));
        Assert.DoesNotContain("voorbeeldschool", answer.ChoiceValues(YouthRecordFields.Organisation));
        Assert.Contains("Betrokken organisaties: ", answer.TextRuns);
        Assert.Contains(answer.TextRuns, t => t.Contains(TestDirectory.MelderOrganisation, StringComparison.Ordinal));
        Assert.Equal(1, await App.QueryAsync(db => db.Youths.Select(y => y.Version).SingleAsync()));
        Assert.Equal(1, await App.CountAuditAsync(AuditActions.YouthAddOrganisation));
    }

    [Fact]
    public async Task ShareWithJpp_BrunssumChair_SeesTheYouthOnlyAfterTheRecordedDecision()
    {
        await ChairYouths.InsertDefaultAsync(App);
        Assert.False(await BrunssumChairMayViewYouthCardAsync());
        var before = await ChairCalls.InvokeAsync(App, ChairVerbs.OpenChairActions, new JsonObject { ["code"] = ChairYouths.Code }, TestDirectory.VoorzitterBrunssum);
        Assert.Equal(NotAllowed.YouthNotFoundText, before.Message);

        var answer = await ChairCalls.InvokeAsync(App, ChairVerbs.ShareWithJpp, ChairCalls.Data(0,
            (YouthRecordFields.Jpp, "jpp-brunssum"), (YouthRecordFields.ShareReason, "Gebiedsverbod in Brunssum, plannen voor de kermis.")),
            TestDirectory.VoorzitterHeerlen);

        var share = await App.QueryAsync(db => db.YouthJppShares.SingleAsync());
        Assert.Equal(("jpp-brunssum", TestDirectory.VoorzitterHeerlen, "Gebiedsverbod in Brunssum, plannen voor de kermis."), (share.JppId, share.DecidedById, share.Reason));
        Assert.True(await BrunssumChairMayViewYouthCardAsync());
        Assert.Contains(YouthRecordMessages.Shared, answer.TextBlocks);
        Assert.Contains("JPP Brunssum", answer.TextRuns);
        Assert.Contains("Gebiedsverbod in Brunssum, plannen voor de kermis.", answer.TextRuns);
        Assert.Contains("De jongere is al met alle andere JPP's gedeeld.", answer.TextBlocks);
        Assert.Equal(1, await App.QueryAsync(db => db.AuditEvents.CountAsync(a =>
            a.Action == AuditActions.YouthShare && a.Outcome == AuditOutcomes.Success && a.Detail == "jpp=jpp-brunssum")));

        // Seeing is not chairing: the chair actions stay with the home JPP.
        var after = await ChairCalls.InvokeAsync(App, ChairVerbs.OpenChairActions, new JsonObject { ["code"] = ChairYouths.Code }, TestDirectory.VoorzitterBrunssum);
        Assert.Equal(before.Raw, after.Raw);
    }

    [Fact]
    public async Task OpenChairActions_InGroupChat_AnswersGeneralHelpWithoutYouthData()
    {
        await ChairYouths.InsertDefaultAsync(App);

        var answer = await ChairCalls.InvokeAsync(App, ChairVerbs.OpenChairActions, new JsonObject { ["code"] = ChairYouths.Code },
            TestDirectory.VoorzitterHeerlen, TestActivities.GroupConversation, "groupChat");

        Assert.DoesNotContain(ChairYouths.LastName, answer.Raw, StringComparison.Ordinal);
        Assert.DoesNotContain(ChairYouths.Code, answer.Raw, StringComparison.Ordinal);
        Assert.Equal(0, await App.CountAuditAsync(AuditActions.YouthViewChair));
    }

    private async Task<bool> BrunssumChairMayViewYouthCardAsync()
    {
        await using var scope = App.Services.CreateAsyncScope();
        var directory = scope.ServiceProvider.GetRequiredService<IProfessionalDirectory>();
        var relations = scope.ServiceProvider.GetRequiredService<ICaseRelations>();
        var db = scope.ServiceProvider.GetRequiredService<PmgBot.Core.Data.PmgDbContext>();
        var chair = (await directory.FindAsync(TestDirectory.VoorzitterBrunssum, CancellationToken.None))!;
        var youth = await db.Youths.AsNoTracking().SingleAsync(y => y.Code == ChairYouths.Code);
        var access = scope.ServiceProvider.GetRequiredService<IAccessService>();
        return access.Allows(chair.Roles, await relations.ToYouthAsync(chair, youth, CancellationToken.None), BotAction.ViewYouthCard);
    }
}
