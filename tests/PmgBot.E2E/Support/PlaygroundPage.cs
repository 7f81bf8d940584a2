using Microsoft.Playwright;

namespace PmgBot.E2E.Support;

/// <summary>
/// The Playground's Teams-like web UI (msteams channel, Fluent UI), with the selectors found stable in the
/// tooling notes: Lexical composer, "Send Message" button, <c>.fai-OutputCard</c> bot bubbles and
/// <c>.ac-adaptiveCard</c> card roots. Opening the page resets the personal chat and makes the Playground send
/// installationUpdate + conversationUpdate to the bot.
/// </summary>
public sealed class PlaygroundPage(IPage page)
{
    private const string ComposerSelector = "div[contenteditable='true'][data-lexical-editor='true']";

    public IPage Page { get; } = page;

    public ILocator Composer => Page.Locator(ComposerSelector);

    public async Task OpenAsync(Uri playgroundBase)
    {
        ArgumentNullException.ThrowIfNull(playgroundBase);
        await Page.GotoAsync(playgroundBase.ToString(), new() { WaitUntil = WaitUntilState.DOMContentLoaded }).ConfigureAwait(false);
        await Composer.WaitForAsync(new() { State = WaitForSelectorState.Visible }).ConfigureAwait(false);
    }

    /// <summary>Clicks a chat in the tree: "Personal Chat", "Group Chat", "My Team - General", …</summary>
    public async Task OpenChatAsync(string name)
    {
        await Page.GetByRole(AriaRole.Treeitem, new() { Name = name }).ClickAsync().ConfigureAwait(false);
        await Composer.WaitForAsync(new() { State = WaitForSelectorState.Visible }).ConfigureAwait(false);
    }

    /// <summary>Types <paramref name="text"/> into the composer and presses Send.</summary>
    public async Task SendAsync(string text)
    {
        await Composer.ClickAsync().ConfigureAwait(false);
        await Page.Keyboard.TypeAsync(text).ConfigureAwait(false);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Send Message" }).ClickAsync().ConfigureAwait(false);
    }

    /// <summary>
    /// In a group chat the Playground only forwards messages that @mention the bot: types "@", picks the bot from
    /// the typeahead menu, then the text, and sends. The bot receives <c>&lt;at&gt;Bot name&lt;/at&gt; text</c> plus a mention entity.
    /// </summary>
    public async Task SendMentioningBotAsync(string botName, string text)
    {
        ArgumentNullException.ThrowIfNull(botName);
        await Composer.ClickAsync().ConfigureAwait(false);
        await Page.Keyboard.TypeAsync("@" + botName[..Math.Min(4, botName.Length)]).ConfigureAwait(false);
        await Page.GetByRole(AriaRole.Menuitem, new() { Name = botName }).First.ClickAsync().ConfigureAwait(false);
        await Page.Keyboard.TypeAsync(" " + text).ConfigureAwait(false);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Send Message" }).ClickAsync().ConfigureAwait(false);
    }

    /// <summary>Bot message bubbles (text or card) that contain <paramref name="text"/>.</summary>
    public ILocator BotMessages(string text) => Page.Locator(".fai-OutputCard", new() { HasText = text });

    /// <summary>Rendered Adaptive Cards that contain <paramref name="text"/>.</summary>
    public ILocator Cards(string text) => Page.Locator(".ac-adaptiveCard", new() { HasText = text });

    /// <summary>The bot's welcome cards: cards that say "Welkom" and name PmgBot.</summary>
    public ILocator WelcomeCards => Cards("Welkom").Filter(new() { HasText = "PmgBot" });

    /// <summary>All rendered Adaptive Cards in the open chat.</summary>
    public ILocator AllCards => Page.Locator(".ac-adaptiveCard");
}
