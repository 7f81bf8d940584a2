using PmgBot.Core.Register;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using PmgBot.Cards.Localization;
using PmgBot.Core.Features.Reports;
using PmgBot.Tests.Integration;

namespace PmgBot.Tests.Features.Reports;

/// <summary>Reporting a concern in English (issue 16): the card, the field messages and the confirmation follow the locale.</summary>
public sealed class EnglishReportTests : ReportTest
{
    [Fact]
    public async Task Open_EnglishLocale_EnglishFormSameInputsAndValues()
    {
        var card = CardOf(await InvokeInEnglishAsync(ReportVerbs.OpenReport));

        Assert.True(IsForm(card));
        Assert.Contains("Report a concern", CardNodes.TextBlocks(card));
        Assert.Equal("First name", CardNodes.Input(card, "firstName")!["label"]!.GetValue<string>());
        Assert.Equal("Send report", CardNodes.All(card).Single(o => (string?)o["verb"] == ReportVerbs.SubmitReport)["title"]!.GetValue<string>());
        var subjects = CardNodes.Input(card, "subject")!["choices"]!.AsArray();
        Assert.Equal(["jongere", "groep", "locatie"], subjects.Select(c => c!["value"]!.GetValue<string>()));
        Assert.Equal("A young person", subjects[0]!["title"]!.GetValue<string>());
    }

    [Fact]
    public async Task Submit_EnglishLocaleEmptyForm_EnglishMessagesNothingStored()
    {
        var opened = CardOf(await InvokeInEnglishAsync(ReportVerbs.OpenReport));
        var empty = new JsonObject { ["cardId"] = CardIdOf(opened), ["cardVersion"] = ReportCardData.CurrentVersion };

        var card = CardOf(await InvokeInEnglishAsync(ReportVerbs.SubmitReport, empty));

        var texts = CardNodes.TextBlocks(card);
        Assert.Contains(ReportTexts.Resources.Get(nameof(ReportTexts.CheckFields), BotLanguage.English), texts);
        Assert.Contains("Choose what the report is about: a young person, a group or a location.", texts);
        Assert.Contains("Fill in a description.", texts);
        Assert.DoesNotContain(texts, t => t.Contains("Kies", StringComparison.Ordinal));
        Assert.Equal(0, await App.QueryAsync(db => db.Reports.CountAsync()));
    }

    [Fact]
    public async Task Submit_EnglishLocaleValidYouth_StoredOnceAndConfirmedInEnglish()
    {
        var opened = CardOf(await InvokeInEnglishAsync(ReportVerbs.OpenReport));

        var card = CardOf(await InvokeInEnglishAsync(ReportVerbs.SubmitReport, ReportData.ValidYouth(CardIdOf(opened))));
        await App.WaitForReportFollowUpsAsync();

        Assert.Contains("Report received", CardNodes.TextBlocks(card));
        Assert.Contains("Your report has been saved with reference ", CardNodes.TextRuns(card));
        Assert.Equal(1, await App.QueryAsync(db => db.Reports.CountAsync()));
    }

    [Fact]
    public async Task Submit_EnglishLocaleAgeOutsideRange_AsksInEnglishWithTheAge()
    {
        var card = CardOf(await InvokeInEnglishAsync(ReportVerbs.SubmitReport, ReportData.ValidYouth(age: 30)));

        Assert.Contains(CardNodes.TextBlocks(card), t => t.StartsWith("According to this date of birth the young person is 30 years old.", StringComparison.Ordinal));
    }

    private async Task<JsonNode> InvokeInEnglishAsync(string verb, JsonObject? data = null)
    {
        var activity = TestActivities.Invoke(verb, data?.DeepClone().AsObject(), TestDirectory.Melder, conversation: ConversationOf(TestDirectory.Melder));
        activity["locale"] = "en-US";
        var response = await App.PostAsync(activity);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }
}
