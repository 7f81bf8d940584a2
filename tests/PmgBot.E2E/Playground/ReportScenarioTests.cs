using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PmgBot.E2E.Support;
using static Microsoft.Playwright.Assertions;

namespace PmgBot.E2E.Playground;

/// <summary>
/// Issue 3 in the Playground: a school safety coordinator (the demo user Alex Wilber, Mijnstreek College Heerlen)
/// reports a concern about a youth through the report card, the chair (role switch) puts it on the agenda of the JPP,
/// the reporter sees the new status; no youth name in any message text the bot sent. Every test starts by setting the
/// demo role it needs (the bot is shared by the collection) and reports a youth with names made up for this run.
/// </summary>
[Collection(PlaygroundCollection.Name)]
public sealed partial class ReportScenarioTests(PlaygroundFixture fixture) : RoleScenarioTest
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");
    private static readonly TimeZoneInfo Amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    protected override PlaygroundFixture Fixture => fixture;

    [Fact]
    public async Task ReportScenario_MelderReportsChairPutsOnAgenda_ReporterSeesStatusAndNoNameInAnyText()
    {
        var youth = ReportedYouth.Unique();
        var config = fixture.Config;
        var me = DemoUser.Load(config.CurrentUserAadObjectId);
        var (chat, invokes) = await OpenAsync("scenario-report");
        var start = fixture.Stream.Count;

        // (a) The school safety coordinator reports a concern and sees the confirmation.
        await chat.SwitchRoleAsync("melder");
        var card = await chat.SendForCardAsync("melding", BotTexts.ReportCard);
        await FillReportAsync(card, youth, description: "Fictief E2E-signaal: leerling oogt angstig en vertelt over \"vrienden\" met geld.");
        await Browser!.ScreenshotAsync("10-report-filled.png");
        await card.GetByRole(AriaRole.Button, new() { Name = BotTexts.ReportSubmit }).ClickAsync();

        var confirmation = chat.Page.Cards(BotTexts.ReportConfirmed);
        await Expect(confirmation).ToHaveCountAsync(1);
        await Expect(confirmation).ToContainTextAsync(new Regex(@"kenmerk PMG-\d{4}-\d{5}"));
        await Expect(confirmation).ToContainTextAsync(new Regex(BotTexts.ReportNextJpp + @"\w+dag \d{1,2} \w+ \d{4}"));
        await Browser.ScreenshotAsync("11-report-confirmed.png");
        var confirmationText = await confirmation.InnerTextAsync();
        var reference = ReferencePattern().Match(confirmationText).Value;
        AssertNextJppWithinTwoWeeks(confirmationText);
        await Expect(chat.Page.Cards(BotTexts.ReportCard)).ToHaveCountAsync(0);

        // (b) The chair screens it: the screening queue lists it, the report opens, "Op agenda volgende JPP".
        await chat.SwitchRoleAsync("voorzitter");
        var queue = await chat.SendForCardAsync("screening", BotTexts.ScreeningQueue);
        // A row of the queue: the innermost container with this reference and a "Bekijken" button (one per report).
        var open = chat.Page.Page.GetByRole(AriaRole.Button, new() { Name = BotTexts.ScreeningOpen });
        var row = queue.Locator(".ac-container").Filter(new() { HasText = reference, Has = open }).Last;
        await Expect(row).ToContainTextAsync(reference + " · jongere");
        await Browser.ScreenshotAsync("12-screening-queue.png");
        await row.GetByRole(AriaRole.Button, new() { Name = BotTexts.ScreeningOpen }).ClickAsync();

        var screening = chat.Page.Cards(BotTexts.ScreeningCard(reference));
        await Expect(screening).ToHaveCountAsync(1);
        await Expect(screening).ToContainTextAsync(youth.FirstName);
        await Expect(screening).ToContainTextAsync(youth.LastName);
        await Expect(chat.Page.Cards(BotTexts.ScreeningQueue)).ToHaveCountAsync(0);
        await screening.GetByText(BotTexts.ScreeningCard(reference)).ScrollIntoViewIfNeededAsync();
        await Browser.ScreenshotAsync("13-screening-report.png");
        await screening.GetByRole(AriaRole.Button, new() { Name = BotTexts.ScreeningAgenda }).ClickAsync();

        await Expect(screening).ToContainTextAsync(BotTexts.HandledBy(me.DisplayName));
        await Expect(screening).ToContainTextAsync("op de agenda van de JPP");
        await Expect(screening.GetByRole(AriaRole.Button, new() { Name = BotTexts.ScreeningAgenda })).ToHaveCountAsync(0);

        // The reporter's status-only update arrives through the outbox (the reporter is Alex herself).
        var statusText = BotTexts.ReportStatus(reference, BotTexts.StatusOnAgenda);
        var statusUpdate = await fixture.Stream.WaitForAsync(f => f.ConversationId == config.PersonalChatId && f.Text == statusText, from: start);
        Assert.False(statusUpdate.HasAttachments, "The status update is text only.");
        await Expect(chat.Page.BotMessages(statusText)).ToHaveCountAsync(1);
        await Browser.ScreenshotAsync("14-screening-handled-status-update.png");

        // (c) Back as melder: "mijn meldingen" shows the report with its new status.
        await chat.SwitchRoleAsync("melder");
        var streamBefore = fixture.Stream.Count;
        var mine = await chat.SendForCardAsync("mijn meldingen", BotTexts.MyReportsCard);
        var status = MyReportStatus(mine, reference);
        await Expect(status).ToHaveCountAsync(1);
        await Expect(status).ToHaveTextAsync(new Regex(@"^\d{2}-\d{2}-\d{4} · jongere · " + BotTexts.StatusOnAgenda + "$"));
        await Browser.ScreenshotAsync("15-my-reports.png");
        var mineFrame = await fixture.Stream.WaitForAsync(f => f.ConversationId == config.PersonalChatId && f.Contains(BotTexts.MyReportsCard), from: streamBefore);
        Assert.EndsWith(" · " + BotTexts.StatusOnAgenda, FactValue(mineFrame.Json, reference), StringComparison.Ordinal);

        // (d) Privacy: no message text the bot sent in this scenario names the youth (cards may, to Alex).
        var texts = await SentTexts.CollectAsync(fixture.Stream, start, config.PersonalChatId, invokes);
        Assert.Contains(statusText, texts);
        Assert.Contains(texts, t => t.StartsWith(BotTexts.RoleSwitched("voorzitter"), StringComparison.Ordinal));
        SentTexts.AssertNoneContains(texts, youth.FirstName, youth.LastName);
    }

    [Fact]
    public async Task ReportCard_NaturalPhrasingThenEmptyDescription_DutchFieldMessageInputKeptNothingStored()
    {
        var youth = ReportedYouth.Unique();
        var (chat, invokes) = await OpenAsync("scenario-report-bad-input");
        await chat.SwitchRoleAsync("melder");
        var reportsBefore = await CountMyReportsAsync(chat);

        var card = await chat.SendForCardAsync("ik maak me zorgen over een leerling", BotTexts.ReportCard);
        await FillReportAsync(card, youth, description: "");
        var submit = card.GetByRole(AriaRole.Button, new() { Name = BotTexts.ReportSubmit });

        // Empty: the card itself refuses (the description is required in the template) and sends nothing.
        await submit.ClickAsync();
        await Expect(card).ToContainTextAsync(BotTexts.DescriptionRequiredOnCard);
        await Expect(card.GetByRole(AriaRole.Textbox, new() { Name = "Voornaam" })).ToHaveValueAsync(youth.FirstName);
        await Browser!.ScreenshotAsync("16-report-empty-description-card.png");
        Assert.Equal(0, invokes.Count);

        // Only spaces: the card lets it through, the bot answers with its Dutch message at the field and the input kept.
        await card.GetByRole(AriaRole.Textbox, new() { Name = "Beschrijving" }).FillAsync("   ");
        await submit.ClickAsync();
        await Expect(chat.Page.Cards(BotTexts.DescriptionRequired)).ToHaveCountAsync(1);
        card = chat.Page.Cards(BotTexts.ReportCard).Last;
        await Expect(card).ToContainTextAsync(BotTexts.DescriptionRequired);
        await Expect(card.GetByRole(AriaRole.Textbox, new() { Name = "Voornaam" })).ToHaveValueAsync(youth.FirstName);
        await Expect(card.GetByRole(AriaRole.Textbox, new() { Name = "Achternaam" })).ToHaveValueAsync(youth.LastName);
        await Expect(card.GetByRole(AriaRole.Combobox, new() { Name = "Geboortedatum" })).ToHaveValueAsync(youth.DateOfBirthShown);
        await Expect(card.GetByRole(AriaRole.Checkbox, new() { Name = "Schoolverzuim" })).ToBeCheckedAsync();
        await Expect(card.GetByRole(AriaRole.Radio, new() { Name = "Normaal" })).ToBeCheckedAsync();
        await Browser.ScreenshotAsync("17-report-blank-description-server.png");
        Assert.Equal(1, invokes.Count);
        await Expect(chat.Page.Cards(BotTexts.ReportConfirmed)).ToHaveCountAsync(0);

        // Nothing stored: the reporter's own list is as long as before.
        Assert.Equal(reportsBefore, await CountMyReportsAsync(chat));
    }

    private async Task<(ChatSteps Chat, InvokeRecorder Invokes)> OpenAsync(string scenario)
    {
        var (browser, page) = await fixture.OpenPlaygroundAsync(scenario);
        Browser = browser;
        var invokes = InvokeRecorder.Attach(page.Page, scenario);
        await Expect(page.Cards(BotTexts.Welcome)).ToBeVisibleAsync();
        return (new ChatSteps(page), invokes);
    }

    private static async Task FillReportAsync(ILocator card, ReportedYouth youth, string description)
    {
        await card.GetByRole(AriaRole.Radio, new() { Name = "Een jongere" }).CheckAsync();
        await card.GetByRole(AriaRole.Textbox, new() { Name = "Voornaam" }).FillAsync(youth.FirstName);
        await card.GetByRole(AriaRole.Textbox, new() { Name = "Achternaam" }).FillAsync(youth.LastName);
        await card.GetByRole(AriaRole.Combobox, new() { Name = "Geboortedatum" }).FillAsync(youth.DateOfBirth);
        await card.GetByRole(AriaRole.Combobox, new() { Name = "Geboortedatum" }).PressAsync("Tab");
        await card.GetByRole(AriaRole.Combobox, new() { Name = "Gemeente" }).ClickAsync();
        await card.Page.GetByRole(AriaRole.Option, new() { Name = "Heerlen", Exact = true }).ClickAsync();
        await card.GetByRole(AriaRole.Radio, new() { Name = "Zorgsignaal" }).CheckAsync();
        await card.GetByRole(AriaRole.Radio, new() { Name = "School", Exact = true }).CheckAsync();
        await card.GetByRole(AriaRole.Checkbox, new() { Name = "Schoolverzuim" }).CheckAsync();
        await card.GetByRole(AriaRole.Checkbox, new() { Name = "Zorgen thuis" }).CheckAsync();
        await card.GetByRole(AriaRole.Textbox, new() { Name = "Beschrijving" }).FillAsync(description);
        await card.GetByRole(AriaRole.Radio, new() { Name = "Normaal" }).CheckAsync();
        await card.GetByRole(AriaRole.Radio, new() { Name = "Ja", Exact = true }).CheckAsync();
    }

    /// <summary>Types "mijn meldingen" and counts the reports in the reporter's own list (the demo user has one already).</summary>
    private static async Task<int> CountMyReportsAsync(ChatSteps chat)
    {
        var mine = await chat.SendForCardAsync("mijn meldingen", BotTexts.MyReportsCard);
        var count = await mine.Locator(".ac-fact-title").CountAsync();
        Assert.True(count > 0, "The demo user's own list shows the report of the demo register.");
        return count;
    }

    /// <summary>The value next to the reference in the "mijn meldingen" fact set (the Playground renders facts as title/value pairs).</summary>
    private static ILocator MyReportStatus(ILocator myReports, string reference) =>
        myReports.Locator($".ac-fact-title:has-text(\"{reference}\") + .ac-fact-value");

    /// <summary>The next JPP on the confirmation is a Tuesday (the demo meets every two weeks) within the coming two weeks.</summary>
    private static void AssertNextJppWithinTwoWeeks(string confirmationText)
    {
        var line = confirmationText.Split('\n').Select(l => l.Trim()).Single(l => l.StartsWith(BotTexts.ReportNextJpp, StringComparison.Ordinal));
        var date = DateOnly.ParseExact(line[BotTexts.ReportNextJpp.Length..], "dddd d MMMM yyyy", Dutch);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, Amsterdam).DateTime);
        Assert.Equal(DayOfWeek.Tuesday, date.DayOfWeek);
        Assert.InRange(date, today, today.AddDays(14));
    }

    /// <summary>The value of the fact titled <paramref name="title"/> in a card on the stream.</summary>
    private static string FactValue(string frameJson, string title)
    {
        using var doc = JsonDocument.Parse(frameJson);
        var values = new List<string>();
        Collect(doc.RootElement);
        return Assert.Single(values);

        void Collect(JsonElement element)
        {
            if (element.ValueKind == JsonValueKind.Object)
            {
                if (element.TryGetProperty("title", out var t) && t.ValueKind == JsonValueKind.String && t.GetString() == title
                    && element.TryGetProperty("value", out var v) && v.ValueKind == JsonValueKind.String)
                {
                    values.Add(v.GetString()!);
                }

                foreach (var property in element.EnumerateObject())
                {
                    Collect(property.Value);
                }
            }
            else if (element.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in element.EnumerateArray())
                {
                    Collect(item);
                }
            }
        }
    }

    [GeneratedRegex(@"PMG-\d{4}-\d{5}")]
    private static partial Regex ReferencePattern();
}
