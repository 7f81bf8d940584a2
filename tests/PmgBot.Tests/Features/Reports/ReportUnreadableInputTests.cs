using System.Net;
using System.Text.Json.Nodes;
using PmgBot.Core.Audit;
using PmgBot.Core.Features.Reports;
using PmgBot.Core.Turns;
using PmgBot.Tests.Integration;
using PmgBot.Tests.Protocol;

namespace PmgBot.Tests.Features.Reports;

/// <summary>
/// Report card data that is not readable text (lone surrogates, invalid UTF-8) or of the wrong JSON type, through the
/// endpoint: the same card comes back with the flow's usual Dutch message at the field and nothing is stored; never
/// an invoke answer with statusCode 500.
/// </summary>
public sealed class ReportUnreadableInputTests : ReportTest
{
    private const string Placeholder = "\"@@VALUE@@\"";

    /// <summary>Field, its raw JSON value (see <see cref="RawJson"/>), the Dutch message expected at the field.</summary>
    private static readonly Dictionary<string, (string Field, string RawValue, string Message)> Cases = new()
    {
        ["first name lone high surrogate"] = ("firstName", "\"\\ud800\"", "Vul de voornaam in."),
        ["last name invalid UTF-8"] = ("lastName", "\"Be¤FFrg\"", "Vul de achternaam in."),
        ["description ends in a lone low surrogate"] = ("description", "\"Verzuimt \\udc00\"", "Vul een beschrijving in."),
        ["municipality overlong UTF-8"] = ("municipality", "\"¤C0¤80\"", "Kies een gemeente."),
        ["concerns array of nulls"] = ("concerns", "[null,null]", "Kies minstens één soort zorg (of 'Anders')."),
        ["subject an object"] = ("subject", "{\"a\":1}", "Kies waar de melding over gaat: een jongere, een groep of een locatie."),
        ["informed an object with a lone-surrogate key"] = ("informed", "{\"\\ud800\":1}", "Geef aan of de jongere en de ouders van de melding weten."),
        ["date of birth UTF-8 encoded surrogate"] = ("dateOfBirth", "\"¤ED¤A0¤80\"", "Vul de geboortedatum in."),
    };

    public static TheoryData<string> CaseNames => new(Cases.Keys);

    [Theory]
    [MemberData(nameof(CaseNames))]
    public async Task Submit_FieldNotReadableText_SameCardWithFieldMessageNothingStored(string name)
    {
        var (field, rawValue, message) = Cases[name];
        var data = ReportData.ValidYouth().With(field, "@@VALUE@@");
        var before = await DatabaseCounts.ReadAsync(App);

        var body = await InvokeRawAsync(data, rawValue);

        var card = CardOf(body);
        Assert.True(IsForm(card), name);
        Assert.Contains(ReportCards.CheckFieldsMessage, CardNodes.TextBlocks(card));
        Assert.Single(CardNodes.All(card), o => (string?)o["type"] == "TextBlock" && (string?)o["color"] == "Attention" && (string?)o["text"] == message);
        Assert.Equal(before, await DatabaseCounts.ReadAsync(App));
        Assert.Equal(0, await App.CountAuditAsync(AuditActions.ReportSubmit));
    }

    [Theory]
    [InlineData("\"Da\\ufffean\"")]
    [InlineData("\"Daan\\uffff\"")]
    [InlineData("\"\\ufdd0Daan\"")]
    public async Task Submit_NameWithNonCharacter_StoredAndConfirmed(string rawFirstName)
    {
        var body = await InvokeRawAsync(ReportData.ValidYouth().With("firstName", "@@VALUE@@"), rawFirstName);
        await App.WaitForReportFollowUpsAsync();

        Assert.True(IsConfirmation(CardOf(body)));
        Assert.Equal(1, await App.CountAuditAsync(AuditActions.ReportSubmit));
    }

    private async Task<JsonNode> InvokeRawAsync(JsonObject data, string rawValue)
    {
        var json = TestActivities.Invoke(ReportVerbs.SubmitReport, data, conversation: ConversationOf(TestDirectory.Melder)).ToJsonString();
        Assert.Contains(Placeholder, json, StringComparison.Ordinal);
        var response = await App.PostBytesAsync(RawJson.Bytes(json.Replace(Placeholder, rawValue, StringComparison.Ordinal)));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(200, body["statusCode"]!.GetValue<int>());
        return body;
    }
}
