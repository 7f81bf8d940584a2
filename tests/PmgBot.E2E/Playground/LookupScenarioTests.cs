using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PmgBot.E2E.Support;
using static Microsoft.Playwright.Assertions;

namespace PmgBot.E2E.Playground;

/// <summary>
/// Issue 4 in the Playground, on the demo register: a deelnemer looks up the casusregisseur of a youth their
/// organisation is involved in and gets a working Teams chat link; a youth they have no relation to and a name nobody
/// has both give exactly "geen jongere gevonden"; the chair assigns a casusregisseur, who gets the notice. The
/// Playground has one user, so the chair assigns Alex herself and Alex receives the notice. Every test starts by setting
/// the demo role it needs (the bot is shared by the collection) and ends with the demo user back as melder.
/// </summary>
[Collection(PlaygroundCollection.Name)]
public sealed partial class LookupScenarioTests(PlaygroundFixture fixture) : RoleScenarioTest
{
    protected override PlaygroundFixture Fixture => fixture;

    [Fact]
    public async Task Lookup_DeelnemerOfInvolvedOrganisation_YouthCardWithCasusregisseurAndTeamsChatLink()
    {
        var youth = DemoYouth.JanDeVries;
        var casusregisseur = DemoUser.Load(youth.CasusregisseurAadObjectId!);
        var expectedLink = BotTexts.TeamsChatPrefix + Uri.EscapeDataString(casusregisseur.Email!);
        var config = fixture.Config;
        var (chat, invokes) = await OpenAsync("scenario-lookup");
        var start = fixture.Stream.Count;
        await chat.SwitchRoleAsync("deelnemer JPP");

        var card = await chat.SendForCardAsync($"wie is de casusregisseur van {youth.Query}", BotTexts.YouthCard);

        await Expect(card).ToContainTextAsync(youth.FullName);
        await Expect(card).ToContainTextAsync("Casusregisseur");
        await Expect(card).ToContainTextAsync($"{casusregisseur.DisplayName} · {casusregisseur.OrganisationName}");
        await Expect(card).ToContainTextAsync(casusregisseur.Phone!);
        await Expect(card).ToContainTextAsync(casusregisseur.Email!);
        await Browser!.ScreenshotAsync("20-lookup-youth-card.png");

        // The card JSON as the Playground received it: an Action.OpenUrl "Chat in Teams" with the deep link by e-mail.
        var frame = await fixture.Stream.WaitForAsync(f => f.ConversationId == config.PersonalChatId && f.HasAttachments && f.Contains(BotTexts.YouthCard), from: start);
        var links = CardJson.FindActions(frame.Json, "Action.OpenUrl", BotTexts.ChatInTeams).Select(a => a.GetProperty("url").GetString()!).ToList();
        Assert.Equal(expectedLink, links[0]);
        var link = new Uri(links[0]);
        Assert.Equal("https", link.Scheme);
        Assert.Equal("teams.microsoft.com", link.Host);
        Assert.Equal("/l/chat/0/0", link.AbsolutePath);
        Assert.Equal("?users=" + Uri.EscapeDataString(casusregisseur.Email!), link.Query);
        Assert.Equal(casusregisseur.Email, Uri.UnescapeDataString(link.Query["?users=".Length..]));

        // The button in the browser opens exactly that address (window.open is recorded, nothing leaves the machine).
        await chat.RecordWindowOpenAsync();
        // The Playground renders an Action.OpenUrl as a button with role link and the address as its title.
        var chatButton = card.GetByRole(AriaRole.Link, new() { Name = BotTexts.ChatInTeams }).First;
        await Expect(chatButton).ToHaveAttributeAsync("title", expectedLink);
        await chatButton.ClickAsync();
        Assert.Equal([expectedLink], await chat.WaitForOpenedUrlsAsync());

        // No name of the youth in any message text.
        var texts = await SentTexts.CollectAsync(fixture.Stream, start, config.PersonalChatId, invokes);
        Assert.NotEmpty(texts);
        SentTexts.AssertNoneContains(texts, youth.FirstName, youth.LastName);
    }

    [Fact]
    public async Task Lookup_YouthWithoutRelationAndUnknownName_SameNotFoundText()
    {
        var config = fixture.Config;
        var (chat, invokes) = await OpenAsync("scenario-lookup-not-found");
        await chat.SwitchRoleAsync("deelnemer JPP");
        var start = fixture.Stream.Count;

        // A youth of another JPP, not shared, that Alex's school is not involved in and Alex never reported.
        await chat.SendForMessageAsync($"wie is de casusregisseur van {DemoYouth.LinaBedacht.Query}", BotTexts.NotFound);
        var unrelated = await fixture.Stream.WaitForAsync(f => f.ConversationId == config.PersonalChatId && f.Contains(BotTexts.NotFound), from: start);
        var afterFirst = fixture.Stream.Count;

        // A name nobody has.
        await chat.SendForMessageAsync("wie is de casusregisseur van Pietje Nergensbekend (01-01-2011)", BotTexts.NotFound);
        var unknown = await fixture.Stream.WaitForAsync(f => f.ConversationId == config.PersonalChatId && f.Contains(BotTexts.NotFound), from: afterFirst);

        await Expect(chat.Page.BotMessages(BotTexts.NotFound)).ToHaveCountAsync(2);
        await Expect(chat.Page.Cards(BotTexts.YouthCard)).ToHaveCountAsync(0);
        await Browser!.ScreenshotAsync("21-lookup-not-found.png");
        Assert.Equal(BotTexts.NotFound, unrelated.Text);
        Assert.Equal(unrelated.Text, unknown.Text);
        Assert.False(unrelated.HasAttachments);
        Assert.False(unknown.HasAttachments);
        Assert.Equal(StripIds(unrelated.Json), StripIds(unknown.Json));

        // The search card gives the same answer for the unrelated youth (as the invoke answer to "Zoeken").
        var search = await chat.SendForCardAsync("zoek jongere", BotTexts.SearchCard);
        await search.GetByRole(AriaRole.Textbox, new() { Name = "Naam van de jongere" }).FillAsync(DemoYouth.LinaBedacht.FullName);
        var date = search.GetByRole(AriaRole.Combobox, new() { Name = "Geboortedatum" });
        await date.FillAsync(DemoYouth.LinaBedacht.IsoDateOfBirth);
        await date.PressAsync("Tab");
        await Expect(date).ToHaveValueAsync("9 mei 2012");
        await search.GetByRole(AriaRole.Button, new() { Name = BotTexts.Search }).ClickAsync();
        // The Playground shows a text answer to a card click as a banner under the card.
        await Expect(chat.Page.BotMessages(BotTexts.SearchCard).Last).ToContainTextAsync(BotTexts.NotFound);
        await Browser.ScreenshotAsync("21-lookup-not-found-search-card.png");
        Assert.Equal([BotTexts.NotFound], await invokes.MessageTextsAsync());
    }

    [Fact]
    public async Task ChairAssignsCasusregisseur_AlexHerself_NoticeArrivesAndOpensTheYouthCard()
    {
        var youth = DemoYouth.DaanFictief;
        var me = DemoUser.Load(fixture.Config.CurrentUserAadObjectId);
        var config = fixture.Config;
        var (chat, invokes) = await OpenAsync("scenario-chair-assign");
        var start = fixture.Stream.Count;
        await chat.SwitchRoleAsync("voorzitter");

        // The chair of JPP Heerlen looks the youth up and opens the chair actions.
        var youthCard = await chat.SendForCardAsync($"casusregisseur {youth.Query}", BotTexts.YouthCard);
        await Expect(youthCard).ToContainTextAsync(youth.FullName);
        var code = CodePattern().Match(await youthCard.InnerTextAsync()).Value;
        await youthCard.GetByRole(AriaRole.Button, new() { Name = BotTexts.ChairActions }).ClickAsync();
        var chairCard = chat.Page.Cards(BotTexts.ChairCard);
        await Expect(chairCard).ToHaveCountAsync(1);
        await Expect(chairCard).ToContainTextAsync($"Casus {code}");

        // Alex's school is not involved yet, so she is not among the choices: the chair adds the organisation first.
        var casusregisseurChoice = chairCard.GetByRole(AriaRole.Combobox, new() { Name = "Casusregisseur (een professional" });
        await casusregisseurChoice.ClickAsync();
        await Expect(chat.Page.Page.GetByRole(AriaRole.Option).First).ToBeVisibleAsync();
        await Expect(chat.Page.Page.GetByRole(AriaRole.Option, new() { Name = me.DisplayName })).ToHaveCountAsync(0);
        await casusregisseurChoice.PressAsync("Escape");
        await chairCard.GetByRole(AriaRole.Combobox, new() { Name = "Betrokken organisatie", Exact = true }).ClickAsync();
        await chat.Page.Page.GetByRole(AriaRole.Option, new() { Name = me.OrganisationName }).ClickAsync();
        await chairCard.GetByRole(AriaRole.Button, new() { Name = BotTexts.AddOrganisation }).ClickAsync();
        await Expect(chairCard).ToContainTextAsync(new Regex("Betrokken organisaties: .*" + Regex.Escape(me.OrganisationName)));

        // Now the chair chooses Alex as casusregisseur.
        await casusregisseurChoice.ClickAsync();
        await chat.Page.Page.GetByRole(AriaRole.Option, new() { Name = $"{me.DisplayName} ({me.OrganisationName})" }).ClickAsync();
        await casusregisseurChoice.ScrollIntoViewIfNeededAsync();
        await Browser!.ScreenshotAsync("22-chair-choose-casusregisseur.png");
        await chairCard.GetByRole(AriaRole.Button, new() { Name = BotTexts.AssignCasusregisseur }).ClickAsync();
        await Expect(chairCard).ToContainTextAsync(BotTexts.CasusregisseurAssigned);
        await Expect(chairCard).ToContainTextAsync($"Casusregisseur: {me.DisplayName} ({me.OrganisationName})");
        await chairCard.GetByText(BotTexts.CasusregisseurAssigned).ScrollIntoViewIfNeededAsync();
        await Browser.ScreenshotAsync("23-chair-casusregisseur-assigned.png");

        // The new casusregisseur (Alex) gets the content-free notice through the outbox, in the Playground chat.
        var noticeText = BotTexts.CasusregisseurNotice(code);
        // The Playground shows one activity with text and a card as two messages: the text, then the card.
        await fixture.Stream.WaitForAsync(f => f.ConversationId == config.PersonalChatId && f.Text == noticeText, from: start);
        var notice = await fixture.Stream.WaitForAsync(
            f => f.ConversationId == config.PersonalChatId && f.HasAttachments && f.Contains(noticeText), from: start);
        var (verb, data) = CardJson.ExecuteAction(notice.Json, BotTexts.OpenCase);
        Assert.Equal("youth.open", verb);
        Assert.Equal(code, data["code"]?.ToString());
        var noticeCard = chat.Page.Cards(noticeText);
        await Expect(noticeCard).ToHaveCountAsync(1);
        await Browser.ScreenshotAsync("24-casusregisseur-notice.png");

        // As casusregisseur, Alex opens the case from the notice: the youth card after the server's access check.
        await chat.SwitchRoleAsync("casusregisseur");
        await noticeCard.GetByRole(AriaRole.Button, new() { Name = BotTexts.OpenCase }).ClickAsync();
        var opened = chat.Page.Cards($"Casus {code}").Filter(new() { HasNotText = BotTexts.ChairCard });
        await Expect(opened).ToHaveCountAsync(1);
        await Expect(opened).ToContainTextAsync(youth.FullName);
        await Expect(opened).ToContainTextAsync($"{me.DisplayName} · {me.OrganisationName}");
        await Expect(chat.Page.Cards(noticeText)).ToHaveCountAsync(0);
        await Browser.ScreenshotAsync("25-casusregisseur-opens-case.png");

        // "mijn casussen" lists it.
        var cases = await chat.SendForCardAsync(BotTexts.MyCases, "Mijn casussen");
        await Expect(cases).ToContainTextAsync(code);

        var texts = await SentTexts.CollectAsync(fixture.Stream, start, config.PersonalChatId, invokes);
        Assert.Contains(noticeText, texts);
        SentTexts.AssertNoneContains(texts, youth.FirstName, youth.LastName);
    }

    private async Task<(ChatSteps Chat, InvokeRecorder Invokes)> OpenAsync(string scenario)
    {
        var (browser, page) = await fixture.OpenPlaygroundAsync(scenario);
        Browser = browser;
        var invokes = InvokeRecorder.Attach(page.Page, scenario);
        await Expect(page.Cards(BotTexts.Welcome)).ToBeVisibleAsync();
        return (new ChatSteps(page), invokes);
    }

    /// <summary>The frame without its message id and timestamps, which differ per message by nature.</summary>
    private static string StripIds(string json) => IdsAndTimes().Replace(json, "\"$1\":\"…\"");

    [GeneratedRegex(@"PMG-J-\d{4}")]
    private static partial Regex CodePattern();

    [GeneratedRegex(@"""(messageId|timestamp|id)"":(""[^""]*""|\d+)")]
    private static partial Regex IdsAndTimes();
}
