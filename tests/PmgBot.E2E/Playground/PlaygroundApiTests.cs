using PmgBot.E2E.Support;

namespace PmgBot.E2E.Playground;

/// <summary>
/// The bot through the Playground's HTTP API, with no browser: a message in through
/// POST /_conversation/v1/conversations/{id}/messages, an Action.Execute in through POST /_conversation/v1/invoke,
/// and the bot's replies read from the conversation stream.
/// </summary>
[Collection(PlaygroundCollection.Name)]
public sealed class PlaygroundApiTests(PlaygroundFixture fixture)
{
    [Fact]
    public async Task PostMessageThenInvoke_HelpThenMyDetails_MenuCardOnStreamAndDetailsCardAsInvokeResponse()
    {
        var config = fixture.Config;
        var demoUser = DemoUser.Load(config.CurrentUserAadObjectId);
        var start = fixture.Stream.Count;

        await fixture.Api.SendMessageAsync(config.PersonalChatId, config.CurrentUserId, "help");

        var menu = await fixture.Stream.WaitForAsync(
            f => f.ConversationId == config.PersonalChatId && f.Action == "createMessage" && f.Contains(BotTexts.MenuTitle), from: start);
        Assert.True(menu.HasAttachments, "The menu is sent as a card.");
        Assert.Equal(config.BotId, menu.FromId);
        var (verb, data) = CardJson.ExecuteAction(menu.Json, BotTexts.MyDetails);

        var (status, body) = await fixture.Api.ExecuteActionAsync(config.PersonalChatId, config.CurrentUserId, menu.MessageId, verb, data);

        Assert.Equal(200, status);
        Assert.Contains("application/vnd.microsoft.card.adaptive", body, StringComparison.Ordinal);
        var card = JsonText.AllStrings(body);
        Assert.Contains(BotTexts.MyDetails, card, StringComparison.Ordinal);
        Assert.Contains(demoUser.OrganisationName, card, StringComparison.Ordinal);
        Assert.Contains(demoUser.Email!, card, StringComparison.Ordinal);
        Assert.DoesNotContain(BotTexts.MenuTitle, card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostMessage_UnrecognisedText_FriendlyAnswerAndMenuOnStream()
    {
        var config = fixture.Config;
        var start = fixture.Stream.Count;

        await fixture.Api.SendMessageAsync(config.PersonalChatId, config.CurrentUserId, "wat is het weer");

        await fixture.Stream.WaitForAsync(f => f.ConversationId == config.PersonalChatId && f.Contains(BotTexts.NotUnderstood), from: start);
        await fixture.Stream.WaitForAsync(f => f.ConversationId == config.PersonalChatId && f.HasAttachments && f.Contains(BotTexts.MenuTitle), from: start);
    }
}
