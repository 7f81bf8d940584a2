using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using PmgBot.Core.Audit;
using PmgBot.Core.Features.Chair;
using PmgBot.Core.Features.Register;
using PmgBot.Core.Register;
using PmgBot.Core.Turns;
using PmgBot.Tests.Integration;

namespace PmgBot.Tests.Features.Chair;

/// <summary>Everyone but a chair of the home JPP gets "not found"; stale cards and bad input store nothing.</summary>
public sealed class ChairRefusalTests : BotAppTest
{
    public static TheoryData<string, string> OutsidersAndVerbs
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var user in new[] { TestDirectory.Melder, TestDirectory.Politie, TestDirectory.VoorzitterBrunssum, TestDirectory.Programmamanager, TestDirectory.Casusregisseur, TestDirectory.Beheerder })
            {
                foreach (var verb in new[] { ChairVerbs.OpenChairActions, ChairVerbs.AssignCasusregisseur, ChairVerbs.SetLevel, ChairVerbs.AddOrganisation, ChairVerbs.ShareWithJpp })
                {
                    data.Add(user, verb);
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(OutsidersAndVerbs))]
    public async Task ChairVerb_NotAChairOfTheHomeJpp_AnswersExactlyNotFoundAndStoresNothing(string user, string verb)
    {
        await ChairYouths.InsertDefaultAsync(App);
        var before = await RegisterSnapshot.TakeAsync(App);

        var answer = await ChairCalls.InvokeAsync(App, verb, ValidData(verb), user);

        Assert.Equal(NotAllowed.YouthNotFoundText, answer.Message);
        var audit = await before.AssertOnlyRefusalAuditedAsync(App, AuditActionOf(verb));
        Assert.Equal((ChairYouths.Code, "not-allowed"), (audit.RecordId, audit.Detail));
        var unknown = await ChairCalls.InvokeAsync(App, verb, ValidData(verb, "PMG-J-9999"), user);
        Assert.Equal(unknown.Raw, answer.Raw);
    }

    [Theory]
    [InlineData("PMG-J-9999", "PMG-J-9999")]
    [InlineData(" pmg-j-9999 ", "PMG-J-9999")]
    [InlineData("Jan de Vries", null)]
    [InlineData("", null)]
    public async Task OpenChairActions_UnknownOrMalformedCode_AnswersNotFoundAndAuditsOnlyWellFormedCodes(string code, string? audited)
    {
        await ChairYouths.InsertDefaultAsync(App);
        var before = await RegisterSnapshot.TakeAsync(App);

        var answer = await ChairCalls.InvokeAsync(App, ChairVerbs.OpenChairActions, new JsonObject { ["code"] = code }, TestDirectory.VoorzitterHeerlen);

        Assert.Equal(NotAllowed.YouthNotFoundText, answer.Message);
        var audit = await before.AssertOnlyRefusalAuditedAsync(App, AuditActions.YouthViewChair);
        Assert.Equal((audited, "not-found"), (audit.RecordId, audit.Detail));
    }

    [Fact]
    public async Task SetLevel_CardStaleAfterAnotherChairsChange_StoresNothingShowsCurrentStateAndKeepsInput()
    {
        await ChairYouths.InsertDefaultAsync(App);
        await ChairCalls.InvokeAsync(App, ChairVerbs.AssignCasusregisseur,
            ChairCalls.Data(0, (YouthRecordFields.Casusregisseur, TestDirectory.Casusregisseur)), TestDirectory.TweedeVoorzitterHeerlen);
        var before = await RegisterSnapshot.TakeAsync(App);

        var answer = await ChairCalls.InvokeAsync(App, ChairVerbs.SetLevel,
            ChairCalls.Data(0, (YouthRecordFields.Level, "groen"), (YouthRecordFields.LevelReason, "Mijn reden")), TestDirectory.VoorzitterHeerlen);

        var audit = await before.AssertOnlyRefusalAuditedAsync(App, AuditActions.YouthSetLevel, cardShown: true);
        Assert.Equal("stale", audit.Detail);
        Assert.Contains(YouthRecordMessages.Stale, answer.TextBlocks);
        Assert.Contains("Cas Regie (Jongerenwerk Voorbeeld)", answer.TextRuns);
        Assert.Equal(1, answer.ActionData(ChairVerbs.SetLevel)["version"]!.GetValue<int>());
        Assert.Equal("groen", answer.Input(YouthRecordFields.Level)["value"]!.GetValue<string>());
        Assert.Equal("Mijn reden", answer.Input(YouthRecordFields.LevelReason)["value"]!.GetValue<string>());
    }

    [Theory]
    [InlineData(ChairVerbs.AssignCasusregisseur, "7")]
    [InlineData(ChairVerbs.SetLevel, "-1")]
    [InlineData(ChairVerbs.AddOrganisation, "abc")]
    [InlineData(ChairVerbs.ShareWithJpp, null)]
    public async Task ChairAction_VersionNotCurrent_StoresNothing(string verb, string? version)
    {
        await ChairYouths.InsertDefaultAsync(App);
        var data = ValidData(verb);
        data.Remove("version");
        if (version is not null)
        {
            data["version"] = version;
        }

        var before = await RegisterSnapshot.TakeAsync(App);

        var answer = await ChairCalls.InvokeAsync(App, verb, data, TestDirectory.VoorzitterHeerlen);

        Assert.Contains(YouthRecordMessages.Stale, answer.TextBlocks);
        Assert.Equal("stale", (await before.AssertOnlyRefusalAuditedAsync(App, AuditActionOf(verb), cardShown: true)).Detail);
    }

    [Fact]
    public async Task SetLevel_ManyChairsAtOnceWithTheSameVersion_ExactlyOneWins()
    {
        await ChairYouths.InsertDefaultAsync(App);

        var answers = await Task.WhenAll(Enumerable.Range(0, 6).Select(i => ChairCalls.InvokeAsync(App, ChairVerbs.SetLevel,
            ChairCalls.Data(0, (YouthRecordFields.Level, "groen"), (YouthRecordFields.LevelReason, $"Reden {i}")),
            i % 2 == 0 ? TestDirectory.VoorzitterHeerlen : TestDirectory.TweedeVoorzitterHeerlen)));

        Assert.Single(answers, a => a.TextBlocks.Contains(YouthRecordMessages.LevelSet));
        Assert.Equal(5, answers.Count(a => a.TextBlocks.Contains(YouthRecordMessages.Stale)));
        Assert.Equal(1, await App.QueryAsync(db => db.YouthLevelChanges.CountAsync()));
        Assert.Equal(1, await App.QueryAsync(db => db.Youths.Select(y => y.Version).SingleAsync()));
    }

    [Fact]
    public async Task AddOrganisation_ManyChairsAddTheSameOrganisationAtOnce_OneRowNoErrors()
    {
        await ChairYouths.InsertDefaultAsync(App);

        var answers = await Task.WhenAll(Enumerable.Range(0, 6).Select(i => ChairCalls.InvokeAsync(App, ChairVerbs.AddOrganisation,
            ChairCalls.Data(0, (YouthRecordFields.Organisation, "voorbeeldschool")),
            i % 2 == 0 ? TestDirectory.VoorzitterHeerlen : TestDirectory.ProcesregisseurHeerlen)));

        Assert.All(answers, a => Assert.Equal(ChairAnswer.CardType, a.Type));
        Assert.Single(answers, a => a.TextBlocks.Contains(YouthRecordMessages.OrganisationAdded));
        Assert.All(answers.Where(a => !a.TextBlocks.Contains(YouthRecordMessages.OrganisationAdded)), a => Assert.True(
            a.TextBlocks.Contains(YouthRecordMessages.Stale) || a.TextBlocks.Contains(YouthRecordMessages.OrganisationAlreadyInvolved), a.Raw));
        Assert.Equal(1, await App.QueryAsync(db => db.YouthInvolvements.CountAsync(i => i.OrganisationId == "voorbeeldschool")));
        Assert.Equal(1, await App.QueryAsync(db => db.Youths.Select(y => y.Version).SingleAsync()));
    }

    public static TheoryData<string, string, string, string> BadInput => new()
    {
        { ChairVerbs.AssignCasusregisseur, """{"casusregisseur":""}""", YouthRecordFields.Casusregisseur, YouthRecordMessages.ChooseCasusregisseur },
        { ChairVerbs.AssignCasusregisseur, """{}""", YouthRecordFields.Casusregisseur, YouthRecordMessages.ChooseCasusregisseur },
        { ChairVerbs.AssignCasusregisseur, $$"""{"casusregisseur":"{{TestDirectory.Melder}}"}""", YouthRecordFields.Casusregisseur, YouthRecordMessages.CasusregisseurNotEligible },
        { ChairVerbs.AssignCasusregisseur, $$"""{"casusregisseur":"{{TestDirectory.Beheerder}}"}""", YouthRecordFields.Casusregisseur, YouthRecordMessages.CasusregisseurNotEligible },
        { ChairVerbs.AssignCasusregisseur, """{"casusregisseur":"0badc0de-0000-4000-8000-000000000000"}""", YouthRecordFields.Casusregisseur, YouthRecordMessages.CasusregisseurNotEligible },
        { ChairVerbs.AssignCasusregisseur, $$"""{"casusregisseur":"{{TestDirectory.Casusregisseur}}"}""", YouthRecordFields.Casusregisseur, YouthRecordMessages.CasusregisseurUnchanged },
        { ChairVerbs.SetLevel, """{"level":"","levelReason":"Reden"}""", YouthRecordFields.Level, YouthRecordMessages.ChooseLevel },
        { ChairVerbs.SetLevel, """{"level":"paars","levelReason":"Reden"}""", YouthRecordFields.Level, YouthRecordMessages.ChooseLevel },
        { ChairVerbs.SetLevel, """{"level":"2","levelReason":"Reden"}""", YouthRecordFields.Level, YouthRecordMessages.ChooseLevel },
        { ChairVerbs.SetLevel, """{"level":"geen","levelReason":"Reden"}""", YouthRecordFields.Level, YouthRecordMessages.LevelUnchanged },
        { ChairVerbs.SetLevel, """{"level":"groen","levelReason":""}""", YouthRecordFields.LevelReason, YouthRecordMessages.ReasonRequired },
        { ChairVerbs.SetLevel, """{"level":"groen","levelReason":"  \n\t "}""", YouthRecordFields.LevelReason, YouthRecordMessages.ReasonRequired },
        { ChairVerbs.SetLevel, $$"""{"level":"groen","levelReason":"{{new string('x', 501)}}"}""", YouthRecordFields.LevelReason, YouthRecordMessages.ReasonTooLong(501) },
        { ChairVerbs.SetLevel, """{"level":"oranje","levelReason":"Reden"}""", YouthRecordFields.Procesregisseur, YouthRecordMessages.ChooseProcesregisseur },
        { ChairVerbs.SetLevel, $$"""{"level":"oranje","levelReason":"Reden","procesregisseur":"{{TestDirectory.VoorzitterHeerlen}}"}""", YouthRecordFields.Procesregisseur, YouthRecordMessages.ProcesregisseurNotEligible },
        { ChairVerbs.SetLevel, $$"""{"level":"oranje","levelReason":"Reden","procesregisseur":"{{TestDirectory.VoorzitterBrunssum}}"}""", YouthRecordFields.Procesregisseur, YouthRecordMessages.ProcesregisseurNotEligible },
        { ChairVerbs.AddOrganisation, """{"organisation":""}""", YouthRecordFields.Organisation, YouthRecordMessages.ChooseOrganisation },
        { ChairVerbs.AddOrganisation, """{"organisation":"bestaat-niet"}""", YouthRecordFields.Organisation, YouthRecordMessages.UnknownOrganisation },
        { ChairVerbs.AddOrganisation, """{"organisation":"jongerenwerk"}""", YouthRecordFields.Organisation, YouthRecordMessages.OrganisationAlreadyInvolved },
        { ChairVerbs.ShareWithJpp, """{"jpp":"","shareReason":"Reden"}""", YouthRecordFields.Jpp, YouthRecordMessages.ChooseJpp },
        { ChairVerbs.ShareWithJpp, """{"jpp":"jpp-onbekend","shareReason":"Reden"}""", YouthRecordFields.Jpp, YouthRecordMessages.UnknownJpp },
        { ChairVerbs.ShareWithJpp, """{"jpp":"jpp-heerlen","shareReason":"Reden"}""", YouthRecordFields.Jpp, YouthRecordMessages.HomeJpp },
        { ChairVerbs.ShareWithJpp, """{"jpp":"jpp-brunssum","shareReason":""}""", YouthRecordFields.ShareReason, YouthRecordMessages.ReasonRequired },
        { ChairVerbs.ShareWithJpp, $$"""{"jpp":"jpp-brunssum","shareReason":"{{new string('€', 501)}}"}""", YouthRecordFields.ShareReason, YouthRecordMessages.ReasonTooLong(501) },
    };

    [Theory]
    [MemberData(nameof(BadInput))]
    public async Task ChairAction_BadInput_ShowsTheFieldMessageKeepsInputAndStoresNothing(string verb, string inputs, string field, string message)
    {
        await ChairYouths.InsertAsync(App, ChairYouths.Code, "jongerenwerk", "politie", "zvh");
        await App.QueryAsync(db => db.Youths.ExecuteUpdateAsync(s => s.SetProperty(y => y.CasusregisseurId, TestDirectory.Casusregisseur)));
        var data = JsonNode.Parse(inputs)!.AsObject();
        var sent = data.Select(p => (p.Key, Value: p.Value!.GetValue<string>())).ToList();
        data["code"] = ChairYouths.Code;
        data["version"] = 0;
        var before = await RegisterSnapshot.TakeAsync(App);

        var answer = await ChairCalls.InvokeAsync(App, verb, data, TestDirectory.VoorzitterHeerlen);

        var error = Assert.Single(answer.Elements, e => (string?)e["type"] == "TextBlock" && (string?)e["color"] == "Attention");
        Assert.Equal(message, error["text"]!.GetValue<string>());
        Assert.Contains(YouthRecordMessages.NothingStored, answer.TextBlocks);
        foreach (var (key, value) in sent.Where(s => answer.HasInput(s.Key)))
        {
            Assert.Equal(value, answer.Input(key)["value"]!.GetValue<string>());
        }

        Assert.Equal("invalid:" + field, (await before.AssertOnlyRefusalAuditedAsync(App, AuditActionOf(verb), cardShown: true)).Detail);
    }

    [Fact]
    public async Task ShareWithJpp_NoJppAndNoReason_ShowsBothMessagesAndStoresNothing()
    {
        await ChairYouths.InsertDefaultAsync(App);
        var before = await RegisterSnapshot.TakeAsync(App);

        var answer = await ChairCalls.InvokeAsync(App, ChairVerbs.ShareWithJpp, ChairCalls.Data(0), TestDirectory.VoorzitterHeerlen);

        Assert.Contains(YouthRecordMessages.ChooseJpp, answer.TextBlocks);
        Assert.Contains(YouthRecordMessages.ReasonRequired, answer.TextBlocks);
        Assert.Equal("invalid:jpp,shareReason", (await before.AssertOnlyRefusalAuditedAsync(App, AuditActions.YouthShare, cardShown: true)).Detail);
    }

    [Fact]
    public async Task ShareWithJpp_AlreadyShared_IsRefusedAndStoresNothing()
    {
        await ChairYouths.InsertDefaultAsync(App);
        await ChairCalls.InvokeAsync(App, ChairVerbs.ShareWithJpp, ValidData(ChairVerbs.ShareWithJpp), TestDirectory.VoorzitterHeerlen);
        var before = await RegisterSnapshot.TakeAsync(App);

        var answer = await ChairCalls.InvokeAsync(App, ChairVerbs.ShareWithJpp, ChairCalls.Data(1,
            (YouthRecordFields.Jpp, "jpp-brunssum"), (YouthRecordFields.ShareReason, "Nog een keer")), TestDirectory.VoorzitterHeerlen);

        Assert.Contains(YouthRecordMessages.AlreadyShared, answer.TextBlocks);
        Assert.Equal("invalid:jpp", (await before.AssertOnlyRefusalAuditedAsync(App, AuditActions.YouthShare, cardShown: true)).Detail);
    }

    private static JsonObject ValidData(string verb, string code = ChairYouths.Code)
    {
        var data = verb switch
        {
            ChairVerbs.AssignCasusregisseur => ChairCalls.Data(0, (YouthRecordFields.Casusregisseur, TestDirectory.Casusregisseur)),
            ChairVerbs.SetLevel => ChairCalls.Data(0, (YouthRecordFields.Level, "groen"), (YouthRecordFields.LevelReason, "Besproken.")),
            ChairVerbs.AddOrganisation => ChairCalls.Data(0, (YouthRecordFields.Organisation, "voorbeeldschool")),
            ChairVerbs.ShareWithJpp => ChairCalls.Data(0, (YouthRecordFields.Jpp, "jpp-brunssum"), (YouthRecordFields.ShareReason, "Gebiedsverbod.")),
            _ => ChairCalls.Data(0),
        };
        data["code"] = code;
        return data;
    }

    private static string AuditActionOf(string verb) => verb switch
    {
        ChairVerbs.AssignCasusregisseur => AuditActions.YouthAssignCasusregisseur,
        ChairVerbs.SetLevel => AuditActions.YouthSetLevel,
        ChairVerbs.AddOrganisation => AuditActions.YouthAddOrganisation,
        ChairVerbs.ShareWithJpp => AuditActions.YouthShare,
        _ => AuditActions.YouthViewChair,
    };
}
