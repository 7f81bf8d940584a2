using Microsoft.Playwright;
using PmgBot.E2E.Support;
using static Microsoft.Playwright.Assertions;

namespace PmgBot.E2E.Playground;

/// <summary>
/// Steps of the scenario tests in the personal chat of the Playground's web UI: what a user types and clicks, each
/// waiting for the visible answer (never for a fixed time).
/// </summary>
public sealed class ChatSteps(PlaygroundPage page)
{
    public PlaygroundPage Page { get; } = page;

    /// <summary>
    /// Types <c>rol &lt;role&gt;</c> (Development only) and waits for the bot's confirmation. The switch REPLACES the demo
    /// user's roles by this one role; the JPP memberships stay.
    /// </summary>
    public async Task SwitchRoleAsync(string role)
    {
        var confirmations = Page.BotMessages(BotTexts.RoleSwitched(role));
        var before = await confirmations.CountAsync();
        await Page.SendAsync("rol " + role);
        await Expect(confirmations).ToHaveCountAsync(before + 1);
    }

    /// <summary>Types <paramref name="text"/> and waits for one more card that contains <paramref name="cardText"/>; returns that card.</summary>
    public async Task<ILocator> SendForCardAsync(string text, string cardText)
    {
        var cards = Page.Cards(cardText);
        var before = await cards.CountAsync();
        await Page.SendAsync(text);
        await Expect(cards).ToHaveCountAsync(before + 1);
        return cards.Last;
    }

    /// <summary>Types <paramref name="text"/> and waits for one more bot message that contains <paramref name="answer"/>.</summary>
    public async Task<ILocator> SendForMessageAsync(string text, string answer)
    {
        var messages = Page.BotMessages(answer);
        var before = await messages.CountAsync();
        await Page.SendAsync(text);
        await Expect(messages).ToHaveCountAsync(before + 1);
        return messages.Last;
    }

    /// <summary>
    /// Replaces window.open in the page by a recorder, so a click on an Action.OpenUrl shows which address the client
    /// would open without leaving the machine. Read it with <see cref="OpenedUrlsAsync"/>.
    /// </summary>
    public Task RecordWindowOpenAsync() =>
        Page.Page.EvaluateAsync("() => { window.__opened = []; window.open = (url) => { window.__opened.push(String(url)); return null; }; }");

    /// <summary>Waits until the page called window.open (after <see cref="RecordWindowOpenAsync"/>) and returns the addresses.</summary>
    public async Task<IReadOnlyList<string>> WaitForOpenedUrlsAsync()
    {
        await Page.Page.WaitForFunctionAsync("() => (window.__opened ?? []).length > 0");
        return await Page.Page.EvaluateAsync<string[]>("() => window.__opened");
    }
}
