using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using PmgBot.Core.Audit;
using PmgBot.Core.Directory;
using PmgBot.Core.Features.Reports;
using PmgBot.Core.Turns;
using PmgBot.Tests.Integration;

namespace PmgBot.Tests.Features.Reports;

/// <summary>
/// Every wrong value of the report card through the endpoint: the same card comes back with the Dutch message at the
/// field, the user's input kept, and the database (reports, youths, outbox, counters) unchanged.
/// </summary>
public sealed class ReportBadInputTests : ReportTest
{
    private static readonly Dictionary<string, (Func<JsonObject> Data, string Field, string Message)> Cases = new()
    {
        ["subject empty"] = (() => ReportData.ValidYouth().With("subject", ""), "subject", "Kies waar de melding over gaat: een jongere, een groep of een locatie."),
        ["subject unknown enum"] = (() => ReportData.ValidYouth().With("subject", "hond"), "subject", "Kies waar de melding over gaat: een jongere, een groep of een locatie."),
        ["first name missing"] = (() => ReportData.ValidYouth().With("firstName", null), "firstName", "Vul de voornaam in."),
        ["first name too long"] = (() => ReportData.ValidYouth().With("firstName", new string('a', 101)), "firstName", "De voornaam is te lang (101 tekens, maximaal 100)."),
        ["tussenvoegsel too long"] = (() => ReportData.ValidYouth().With("tussenvoegsel", new string('v', 41)), "tussenvoegsel", "Het tussenvoegsel is te lang (41 tekens, maximaal 40)."),
        ["last name empty"] = (() => ReportData.ValidYouth().With("lastName", " "), "lastName", "Vul de achternaam in."),
        ["last name too long"] = (() => ReportData.ValidYouth().With("lastName", new string('b', 151)), "lastName", "De achternaam is te lang (151 tekens, maximaal 150)."),
        ["date of birth empty"] = (() => ReportData.ValidYouth().With("dateOfBirth", ""), "dateOfBirth", "Vul de geboortedatum in."),
        ["date of birth 31-02"] = (() => ReportData.ValidYouth().With("dateOfBirth", "2012-02-31"), "dateOfBirth", "Deze geboortedatum bestaat niet. Kies de datum met de datumkiezer."),
        ["date of birth not a date"] = (() => ReportData.ValidYouth().With("dateOfBirth", "morgen"), "dateOfBirth", "Deze geboortedatum bestaat niet. Kies de datum met de datumkiezer."),
        ["date of birth in the future"] = (() => ReportData.ValidYouth().With("dateOfBirth", ReportData.FutureDate()), "dateOfBirth", "De geboortedatum ligt in de toekomst."),
        ["age 30 not confirmed"] = (() => ReportData.ValidYouth(age: 30), "ageConfirmed",
            "Volgens deze geboortedatum is de jongere 30 jaar. PmgBot is voor jongeren van 8 tot en met 27 jaar. Klopt de datum toch? Vink dan 'De leeftijd klopt' aan."),
        ["school too long"] = (() => ReportData.ValidYouth().With("school", new string('s', 201)), "school", "De naam van de school is te lang (201 tekens, maximaal 200)."),
        ["group name empty"] = (() => ReportData.ValidGroup().With("groupOrLocation", ""), "groupOrLocation", "Geef de groep een korte naam."),
        ["location name too long"] = (() => ReportData.ValidGroup().With("subject", "locatie").With("groupOrLocation", new string('g', 201)), "groupOrLocation",
            "De naam van de groep of plek is te lang (201 tekens, maximaal 200)."),
        ["municipality empty"] = (() => ReportData.ValidYouth().With("municipality", ""), "municipality", "Kies een gemeente."),
        ["municipality unknown id"] = (() => ReportData.ValidYouth().With("municipality", "maastricht"), "municipality", "Kies een gemeente uit de lijst."),
        ["kind unknown enum"] = (() => ReportData.ValidYouth().With("kind", "brand"), "kind", "Kies of het een zorgsignaal of een veiligheidssignaal is."),
        ["context missing"] = (() => ReportData.ValidYouth().With("context", null), "context", "Kies waar het signaal vandaan komt: school, straat, thuis of online."),
        ["concerns empty"] = (() => ReportData.ValidYouth().With("concerns", ""), "concerns", "Kies minstens één soort zorg (of 'Anders')."),
        ["concerns unknown enum"] = (() => ReportData.ValidYouth().With("concerns", "drugs,vuurwerk"), "concerns", "Kies de soorten zorg uit de lijst."),
        ["description empty"] = (() => ReportData.ValidYouth().With("description", ""), "description", "Vul een beschrijving in."),
        ["description too long"] = (() => ReportData.ValidYouth().With("description", new string('x', 2134)), "description", "De beschrijving is te lang (2.134 tekens, maximaal 2.000)."),
        ["urgency unknown enum"] = (() => ReportData.ValidYouth().With("urgency", "zeer hoog"), "urgency", "Kies of de melding spoed heeft."),
        ["informed missing"] = (() => ReportData.ValidYouth().With("informed", null), "informed", "Geef aan of de jongere en de ouders van de melding weten."),
        ["not informed without reason"] = (() => ReportData.ValidYouth().With("informed", "nee"), "notInformedReason", "Geef aan waarom jongere en ouders het niet weten."),
        ["reason too long"] = (() => ReportData.ValidYouth().With("informed", "nee").With("notInformedReason", new string('r', 501)), "notInformedReason",
            "De reden is te lang (501 tekens, maximaal 500)."),
    };

    public static TheoryData<string> CaseNames => new(Cases.Keys);

    [Theory]
    [MemberData(nameof(CaseNames))]
    public async Task Submit_WrongValue_SameCardWithMessageInputKeptNothingStored(string name)
    {
        var (makeData, field, message) = Cases[name];
        var data = makeData();
        var before = await DatabaseCounts.ReadAsync(App);

        var card = await SubmitAsync(data);

        Assert.True(IsForm(card), name);
        Assert.Equal((string)data["cardId"]!, CardIdOf(card));
        Assert.Contains(ReportCards.CheckFieldsMessage, CardNodes.TextBlocks(card));
        var error = CardNodes.All(card).Single(o => (string?)o["type"] == "TextBlock" && (string?)o["color"] == "Attention" && (string?)o["text"] == message);
        Assert.NotNull(error);
        Assert.Equal(2, CardNodes.All(card).Count(o => (string?)o["color"] == "Attention"));
        foreach (var input in new[] { "firstName", "lastName", "description", "school", "groupOrLocation", "notInformedReason", "municipality", "kind", "concerns" })
        {
            Assert.Equal((string?)data[input] ?? "", CardNodes.InputValue(card, input));
        }

        Assert.Equal(before, await DatabaseCounts.ReadAsync(App));
        Assert.Equal(0, await App.CountAuditAsync(AuditActions.ReportSubmit));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(null)]
    [InlineData("oud")]
    public async Task Submit_OlderCardVersion_FreshCardWithMessageNothingStored(object? version)
    {
        var data = ReportData.ValidYouth().With("cardVersion", version is null ? null : JsonValue.Create(version));
        var before = await DatabaseCounts.ReadAsync(App);

        var card = await SubmitAsync(data);

        Assert.True(IsForm(card));
        Assert.Contains(ReportCards.OldCardMessage, CardNodes.TextBlocks(card));
        Assert.NotEqual((string)data["cardId"]!, CardIdOf(card));
        Assert.Equal("", CardNodes.InputValue(card, "firstName"));
        Assert.Equal(before, await DatabaseCounts.ReadAsync(App));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("niet-een-guid")]
    [InlineData("00000000-0000-0000-0000-000000000000")]
    public async Task Submit_MissingOrBadCardId_FreshCardWithMessageNothingStored(string? cardId)
    {
        var data = ReportData.ValidYouth().With("cardId", cardId);
        var before = await DatabaseCounts.ReadAsync(App);

        var card = await SubmitAsync(data);

        Assert.True(IsForm(card));
        Assert.Contains(ReportCards.IncompleteCardMessage, CardNodes.TextBlocks(card));
        Assert.True(Guid.TryParse(CardIdOf(card), out var fresh) && fresh != Guid.Empty);
        Assert.Equal(before, await DatabaseCounts.ReadAsync(App));
    }

    [Fact]
    public async Task Submit_ByProgrammamanager_RefusedByTheMatrixNothingStored()
    {
        var before = await DatabaseCounts.ReadAsync(App);

        var body = await InvokeAsync(ReportVerbs.SubmitReport, ReportData.ValidYouth(), TestDirectory.Programmamanager);

        Assert.Equal(MessageType, body["type"]!.GetValue<string>());
        Assert.Equal(NotAllowed.Text, body["value"]!.GetValue<string>());
        Assert.Equal(before, await DatabaseCounts.ReadAsync(App));
        Assert.Equal(1, await App.QueryAsync(db => db.AuditEvents.CountAsync(a =>
            a.Action == AuditActions.ReportSubmit && a.Actor == TestDirectory.Programmamanager && a.Outcome == AuditOutcomes.Rejected)));
    }

    [Fact]
    public async Task Open_ByProgrammamanager_Refused()
    {
        var body = await InvokeAsync(ReportVerbs.OpenReport, user: TestDirectory.Programmamanager);

        Assert.Equal(NotAllowed.Text, body["value"]!.GetValue<string>());
    }

    [Fact]
    public async Task Submit_ByStranger_RefusedNothingStored()
    {
        var before = await DatabaseCounts.ReadAsync(App);

        var response = await App.PostAsync(TestActivities.Invoke(ReportVerbs.SubmitReport, ReportData.ValidYouth(), TestDirectory.Stranger, ConversationOf(TestDirectory.Stranger)));

        Assert.DoesNotContain("Melding ontvangen", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, await DatabaseCounts.ReadAsync(App));
    }

    [Fact]
    public async Task Submit_MunicipalityWithoutJpp_MessageAndNothingStored()
    {
        await App.QueryAsync(async db =>
        {
            db.Municipalities.Add(new Municipality { Id = "simpelveld", Name = "Simpelveld" });
            return await db.SaveChangesAsync();
        });
        var data = ReportData.ValidYouth().With("municipality", "simpelveld");
        var before = await DatabaseCounts.ReadAsync(App);

        var card = await SubmitAsync(data);

        Assert.True(IsForm(card));
        Assert.Equal((string)data["cardId"]!, CardIdOf(card));
        Assert.Contains(CardNodes.TextBlocks(card), t => t.StartsWith("Voor deze gemeente is nog geen JPP ingericht", StringComparison.Ordinal));
        Assert.Equal("simpelveld", CardNodes.InputValue(card, "municipality"));
        Assert.Equal(before, await DatabaseCounts.ReadAsync(App));
        Assert.Equal(1, await App.QueryAsync(db => db.AuditEvents.CountAsync(a => a.Action == AuditActions.ReportSubmit && a.Outcome == AuditOutcomes.Rejected)));
    }

    [Fact]
    public async Task Submit_NoData_MessageAndNothingStored()
    {
        var before = await DatabaseCounts.ReadAsync(App);

        var card = await SubmitAsync(new JsonObject());

        Assert.True(IsForm(card));
        Assert.Equal(before, await DatabaseCounts.ReadAsync(App));
    }
}
