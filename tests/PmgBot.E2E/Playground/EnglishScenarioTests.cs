using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PmgBot.E2E.Support;
using static Microsoft.Playwright.Assertions;

namespace PmgBot.E2E.Playground;

/// <summary>
/// Issue 16's acceptance in the Playground: a user whose Teams speaks English (the demo user Alex Wilber, a school
/// safety coordinator) gets the English welcome and menu, opens the report card from the menu, gets the server's field
/// message in English, and reports a concern with the confirmation in English.
/// </summary>
[Collection(EnglishPlaygroundCollection.Name)]
public sealed class EnglishScenarioTests(EnglishPlaygroundFixture english) : IAsyncLifetime
{
    private BrowserSession? _browser;

    private PlaygroundFixture Fixture => english.Playground;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }
    }

    [Fact]
    public async Task EnglishUser_MenuAndReportAConcern_AllInEnglish()
    {
        var youth = ReportedYouth.Unique();
        var (browser, page) = await Fixture.OpenPlaygroundAsync("scenario-english");
        _browser = browser;
        var chat = new ChatSteps(page);
        await Expect(page.Cards("Welcome to PmgBot")).ToBeVisibleAsync();

        // The English menu, with the actions of a reporter.
        var menu = await chat.SendForCardAsync("help", "What can I do for you?");
        await Expect(menu).ToContainTextAsync("Report a concern");
        await Expect(menu).ToContainTextAsync("My reports");
        await Expect(menu).Not.ToContainTextAsync("Wat kan ik voor je doen?");
        await browser.ScreenshotAsync("30-english-menu.png");

        // The report card from the menu button (the menu card is replaced in place).
        await menu.GetByRole(AriaRole.Button, new() { Name = "Report a concern" }).ClickAsync();
        var card = page.Cards("You report on behalf of");
        await Expect(card).ToHaveCountAsync(1);
        await FillAsync(card, youth, description: "   ");
        await browser.ScreenshotAsync("31-english-report-filled.png");

        // Only spaces as the description: the bot's field message in English, the inputs kept, nothing stored.
        await card.GetByRole(AriaRole.Button, new() { Name = "Send report" }).ClickAsync();
        await Expect(page.Cards("Fill in a description.")).ToHaveCountAsync(1);
        card = page.Cards("You report on behalf of").Last;
        await Expect(card).ToContainTextAsync("Check the fields with a message below. Nothing has been saved yet.");
        await Expect(card.GetByRole(AriaRole.Textbox, new() { Name = "First name" })).ToHaveValueAsync(youth.FirstName);
        await browser.ScreenshotAsync("32-english-report-field-message.png");

        // A real description: stored, confirmed in English with the reference and the next JPP.
        await card.GetByRole(AriaRole.Textbox, new() { Name = "Description" }).FillAsync("Fictitious E2E concern: the pupil seems anxious.");
        await card.GetByRole(AriaRole.Button, new() { Name = "Send report" }).ClickAsync();
        var confirmation = page.Cards("Report received");
        await Expect(confirmation).ToHaveCountAsync(1);
        await Expect(confirmation).ToContainTextAsync(new Regex(@"Your report has been saved with reference PMG-\d{4}-\d{5}\."));
        await Expect(confirmation).ToContainTextAsync(new Regex(@"Next JPP: \w+day \d{1,2} \w+ \d{4}"));
        await Expect(confirmation).ToContainTextAsync("What happens now?");
        await Expect(confirmation).Not.ToContainTextAsync("Melding");
        await browser.ScreenshotAsync("33-english-report-confirmed.png");
    }

    private static async Task FillAsync(ILocator card, ReportedYouth youth, string description)
    {
        await card.GetByRole(AriaRole.Radio, new() { Name = "A young person" }).CheckAsync();
        await card.GetByRole(AriaRole.Textbox, new() { Name = "First name" }).FillAsync(youth.FirstName);
        await card.GetByRole(AriaRole.Textbox, new() { Name = "Last name" }).FillAsync(youth.LastName);
        await card.GetByRole(AriaRole.Combobox, new() { Name = "Date of birth" }).FillAsync(youth.DateOfBirth);
        await card.GetByRole(AriaRole.Combobox, new() { Name = "Date of birth" }).PressAsync("Tab");
        await card.GetByRole(AriaRole.Combobox, new() { Name = "Municipality" }).ClickAsync();
        await card.Page.GetByRole(AriaRole.Option, new() { Name = "Heerlen", Exact = true }).ClickAsync();
        await card.GetByRole(AriaRole.Radio, new() { Name = "Care concern" }).CheckAsync();
        await card.GetByRole(AriaRole.Radio, new() { Name = "School", Exact = true }).CheckAsync();
        await card.GetByRole(AriaRole.Checkbox, new() { Name = "Truancy" }).CheckAsync();
        await card.GetByRole(AriaRole.Textbox, new() { Name = "Description" }).FillAsync(description);
        await card.GetByRole(AriaRole.Radio, new() { Name = "Normal" }).CheckAsync();
        await card.GetByRole(AriaRole.Radio, new() { Name = "Yes", Exact = true }).CheckAsync();
    }
}
