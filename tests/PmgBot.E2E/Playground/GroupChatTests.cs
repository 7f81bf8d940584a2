using static Microsoft.Playwright.Assertions;

namespace PmgBot.E2E.Playground;

/// <summary>
/// The group chat: the bot never shares personal data there. Opening it installs the bot in the group (the bot
/// answers with its general card). The Playground only forwards group messages that @mention the bot, so the bot
/// receives "&lt;at&gt;Test Bot&lt;/at&gt; help" plus a mention entity and has to strip the mention.
/// </summary>
[Collection(PlaygroundCollection.Name)]
public sealed class GroupChatTests(PlaygroundFixture fixture)
{
    private static readonly TimeSpan Quiet = TimeSpan.FromSeconds(2);

    [Fact]
    public async Task SendHelpAndMyDetails_InGroupChat_OnlyGeneralAnswerWithoutPersonalData()
    {
        var demoUser = DemoUser.Load(fixture.Config.CurrentUserAadObjectId);
        var groupChat = fixture.Config.GroupChatId;
        var (browser, page) = await fixture.OpenPlaygroundAsync("group-chat");
        await using var _ = browser;
        await Expect(page.WelcomeCards).ToBeVisibleAsync();
        await page.OpenChatAsync("Group Chat");
        await fixture.Stream.WaitForQuietAsync(Quiet);
        var start = fixture.Stream.Count;
        var answers = page.Cards(BotTexts.GroupChatAnswer);
        var answersBefore = await answers.CountAsync();

        await page.SendMentioningBotAsync(fixture.Config.BotName, "help");
        await Expect(answers).ToHaveCountAsync(answersBefore + 1);
        await browser.ScreenshotAsync("05-group-help.png");

        await page.SendMentioningBotAsync(fixture.Config.BotName, "mijn gegevens");
        await Expect(answers).ToHaveCountAsync(answersBefore + 2);
        await fixture.Stream.WaitForQuietAsync(Quiet);
        await browser.ScreenshotAsync("06-group-mijn-gegevens.png");

        var replies = fixture.Stream.Frames.Skip(start)
            .Where(f => f.ConversationId == groupChat && f.Action is "createMessage" or "updateMessage")
            .ToList();
        Assert.Equal(2, replies.Count);
        Assert.All(replies, f => Assert.True(f.Contains(BotTexts.GroupChatAnswer), $"Unexpected bot message in the group chat: {f.AllText}"));
        await Expect(page.Cards(demoUser.OrganisationName)).ToHaveCountAsync(0);
        await Expect(page.Cards(BotTexts.MyDetails)).ToHaveCountAsync(0);
        await Expect(page.Cards(BotTexts.MenuTitle)).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task BotMessages_ToGroupChat_NeverContainTheUsersPersonalDetails()
    {
        var demoUser = DemoUser.Load(fixture.Config.CurrentUserAadObjectId);
        var groupChat = fixture.Config.GroupChatId;
        var (browser, page) = await fixture.OpenPlaygroundAsync("group-chat-no-leak");
        await using var _ = browser;
        await page.OpenChatAsync("Group Chat");
        await fixture.Stream.WaitForQuietAsync(Quiet);
        var answers = page.Cards(BotTexts.GroupChatAnswer);
        var answersBefore = await answers.CountAsync();

        foreach (var text in new[] { "mijn gegevens", "menu", "wie ben ik", "wat is het weer" })
        {
            await page.SendMentioningBotAsync(fixture.Config.BotName, text);
        }

        await Expect(answers).ToHaveCountAsync(answersBefore + 4);
        await fixture.Stream.WaitForQuietAsync(Quiet);
        await browser.ScreenshotAsync("07-group-no-leak.png");

        var groupFrames = fixture.Stream.Frames.Where(f => f.ConversationId == groupChat && f.Action != "typing").ToList();
        Assert.NotEmpty(groupFrames);
        foreach (var frame in groupFrames)
        {
            foreach (var detail in demoUser.ContactDetails)
            {
                Assert.False(frame.Contains(detail), $"A bot message in the group chat contains \"{detail}\": {frame.AllText}");
            }

            foreach (var role in demoUser.Roles)
            {
                Assert.False(frame.ContainsWords(role), $"A bot message in the group chat names the role \"{role}\": {frame.AllText}");
            }
        }
    }
}
