using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace PmgBot.E2E.Playground;

/// <summary>The personal chat with the bot, driven through the Playground's web UI in headless Chromium.</summary>
[Collection(PlaygroundCollection.Name)]
public sealed class PersonalChatTests(PlaygroundFixture fixture)
{
    [Fact]
    public async Task OpenPlayground_InstallInPersonalChat_ShowsWelcomeCard()
    {
        var demoUser = DemoUser.Load(fixture.Config.CurrentUserAadObjectId);
        var start = fixture.Stream.Count;
        var (browser, page) = await fixture.OpenPlaygroundAsync("personal-welcome");
        await using var _ = browser;

        var welcome = page.WelcomeCards;
        await Expect(welcome).ToHaveCountAsync(1);
        await browser.ScreenshotAsync("01-personal-welcome.png");

        var frame = await fixture.Stream.WaitForAsync(
            f => f.ConversationId == fixture.Config.PersonalChatId && f.Contains(BotTexts.Welcome) && f.Contains(BotTexts.BotName), from: start);
        Assert.True(frame.HasAttachments, "The welcome is sent as a card.");
        Assert.All(demoUser.ContactDetails, detail => Assert.False(frame.Contains(detail), $"The welcome shows \"{detail}\"."));
    }

    [Theory]
    [InlineData("help", "02-personal-help")]
    [InlineData("menu", "03-personal-menu")]
    public async Task SendCommand_HelpOrMenu_ShowsMenuWhoseMyDetailsButtonReplacesItWithDetails(string command, string shot)
    {
        var demoUser = DemoUser.Load(fixture.Config.CurrentUserAadObjectId);
        var (browser, page) = await fixture.OpenPlaygroundAsync(shot);
        await using var _ = browser;
        await Expect(page.WelcomeCards).ToBeVisibleAsync();
        var menus = page.Cards(BotTexts.MenuTitle);
        var menusBefore = await menus.CountAsync();

        await page.SendAsync(command);

        await Expect(menus).ToHaveCountAsync(menusBefore + 1);
        var menu = menus.Last;
        var button = menu.GetByRole(AriaRole.Button, new() { Name = BotTexts.MyDetails });
        await Expect(button).ToBeVisibleAsync();
        await browser.ScreenshotAsync(shot + "-menu.png");

        await button.ClickAsync();

        // The details card is the only one with the user's e-mail address; it replaces the menu card in place.
        var details = page.Cards(demoUser.Email!);
        await Expect(details).ToHaveCountAsync(1);
        await Expect(details).ToContainTextAsync(BotTexts.MyDetails);
        await Expect(details).ToContainTextAsync(demoUser.OrganisationName);
        await Expect(details).ToContainTextAsync(demoUser.Roles[0]);
        await Expect(menus).ToHaveCountAsync(menusBefore);
        await browser.ScreenshotAsync(shot + "-details.png");
    }

    [Fact]
    public async Task SendText_Unrecognised_AnswersFriendlyWithMenu()
    {
        var (browser, page) = await fixture.OpenPlaygroundAsync("personal-unrecognised");
        await using var _ = browser;
        await Expect(page.WelcomeCards).ToBeVisibleAsync();
        var menus = page.Cards(BotTexts.MenuTitle);
        var menusBefore = await menus.CountAsync();

        await page.SendAsync("wat is het weer");

        await Expect(page.BotMessages(BotTexts.NotUnderstood)).ToHaveCountAsync(1);
        await Expect(menus).ToHaveCountAsync(menusBefore + 1);
        await Expect(menus.Last.GetByRole(AriaRole.Button, new() { Name = BotTexts.MyDetails })).ToBeVisibleAsync();
        await browser.ScreenshotAsync("04-personal-unrecognised.png");
    }
}
