using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PmgBot.Core.Features.Actions.Decisions;
using PmgBot.E2E.Support;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace PmgBot.E2E.Playground;

/// <summary>
/// Issue 15 in the Playground: the chair of JPP Heerlen records the decision about Jan de Vries (on the agenda of a
/// meeting that started an hour ago) with two action items on the decision card, the owner receives the action-item
/// cards in personal chat and ticks one off ("Afgerond"), and the chair's view of that item, refreshed, shows it done.
/// The Playground has one user, so Alex Wilber (whose school is involved with Jan) is chair (<c>rol voorzitter</c>) and
/// owner (<c>rol melder</c>: no chair rights, only the owner's). The chair works as one who knows what to record: the
/// proposed review date is kept, one item's "what" is a quick pick and the other's is typed, one item keeps the term the
/// card proposes and the other gets another quick pick. The clicking and typing on
/// the decision card is timed and written to artifacts/e2e/decision-time.txt with its Keystroke-Level Model estimate
/// (issue 15's "30 seconds or less"; printed, never asserted). No message text of the run may name the youth.
/// </summary>
[Collection(PlaygroundCollection.Name)]
public sealed class ActionItemScenarioTests(PlaygroundFixture fixture, ITestOutputHelper output) : RoleScenarioTest
{
    private const string DecisionCard = "Besluit JPP: casus ";
    private const string Record = "Besluit vastleggen";
    private const string Recorded = "Het besluit is vastgelegd met 2 actiepunten";
    private const string ItemCard = "Actiepunt casus ";
    private const string Done = "Afgerond";
    /// <summary>A quick pick (stored as its Dutch title).</summary>
    private const string FirstWhat = "Gesprek met jongere en ouders";

    /// <summary>Typed: short, as a chair writes it.</summary>
    private const string SecondWhat = "Gesprek met mentor plannen";
    private const string JppActionsCard = "Actiepunten per JPP";

    protected override PlaygroundFixture Fixture => fixture;

    [Fact]
    public async Task DecisionScenario_ChairRecordsTwoItemsOwnerTicksOneOff_ChairsRefreshShowsItDoneAndNoNameInAnyText()
    {
        var youth = DemoYouth.JanDeVries;
        var me = DemoUser.Load(fixture.Config.CurrentUserAadObjectId);
        var config = fixture.Config;
        string code;
        await using (var meeting = new StartedMeeting(fixture.Bot.DatabasePath))
        {
            code = await meeting.AddAsync(DateOnly.ParseExact(youth.IsoDateOfBirth, "yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        var (browser, page) = await fixture.OpenPlaygroundAsync("scenario-decision");
        Browser = browser;
        var invokes = InvokeRecorder.Attach(page.Page, "scenario-decision");
        await Expect(page.Cards(BotTexts.Welcome)).ToBeVisibleAsync();
        var chat = new ChatSteps(page);
        var start = fixture.Stream.Count;

        // (a) The chair opens the decision card and records: vervolg, the casusregisseur and the next review as proposed,
        // two action items for Alex (what: a quick pick, then a short typed text; due: the first keeps the proposed term,
        // the second gets "binnen een week"); the two rows left empty hold the proposed term too and are skipped. Timed
        // from the card on screen to the confirmation.
        await chat.SwitchRoleAsync("voorzitter");
        var card = await chat.SendForCardAsync("besluit " + code, DecisionCard + code);
        await Expect(card).ToContainTextAsync(youth.FullName);
        await Expect(card.GetByRole(AriaRole.Combobox, new() { Name = "Volgende bespreking" })).ToHaveValueAsync(new Regex(@"\S"));
        await Expect(card).ToContainTextAsync("Voorstel bij vervolg: ");
        var proposedTerm = new Regex(@"^(voor de volgende JPP|binnen twee weken) \(");
        var terms = card.GetByRole(AriaRole.Combobox, new() { Name = "Termijn" });
        await Expect(terms).ToHaveCountAsync(DecisionLimits.MaxItems);
        foreach (var term in await terms.AllAsync())
        {
            await Expect(term).ToHaveValueAsync(proposedTerm);
        }
        var effort = new ChairEffort();
        var timer = Stopwatch.StartNew();
        await effort.ClickAsync(card.GetByRole(AriaRole.Radio, new() { Name = "Vervolg in JPP" }));
        await FillItemAsync(effort, card, 1, me, pick: FirstWhat, typed: null, due: null);
        await FillItemAsync(effort, card, 2, me, pick: null, typed: SecondWhat, due: "binnen een week");
        await effort.ClickAsync(card.GetByRole(AriaRole.Button, new() { Name = Record }));
        var confirmed = chat.Page.Cards(Recorded);
        await Expect(confirmed).ToHaveCountAsync(1);
        timer.Stop();
        await Browser.ScreenshotAsync("30-decision-recorded.png");
        await Expect(confirmed).ToContainTextAsync($"Vastgelegd door {me.DisplayName} op ");
        await Expect(confirmed.GetByRole(AriaRole.Button, new() { Name = Record })).ToHaveCountAsync(0);
        WriteFigure(timer.Elapsed, effort);

        // (b) The owner gets each item in personal chat through the outbox: text with the case code and due date only,
        // then the card with what, who and the youth (Alex's school is involved).
        var itemText = new Regex("^Nieuw actiepunt bij casus " + Regex.Escape(code) + @", uiterlijk \d{1,2} [a-z]+ 20\d\d\.$");
        var itemFrames = new List<StreamFrame>();
        foreach (var what in new[] { FirstWhat, SecondWhat })
        {
            itemFrames.Add(await fixture.Stream.WaitForAsync(
                f => f.ConversationId == config.PersonalChatId && f.HasAttachments && f.Contains(what) && f.Contains(ItemCard + code), from: start));
        }

        await fixture.Stream.WaitForAsync(f => f.ConversationId == config.PersonalChatId && f.Text is { } t && itemText.IsMatch(t), from: start);

        // Filtered by what, not counted in the chat: the demo data may have items of its own for this user.
        var itemCards = chat.Page.Cards(ItemCard + code);
        await Expect(itemCards.Filter(new() { HasText = SecondWhat })).ToHaveCountAsync(1);
        var first = itemCards.Filter(new() { HasText = FirstWhat });
        await Expect(first).ToHaveCountAsync(1);
        // The card as sent holds no youth details: they come (and their read is audited) when the owner opens them.
        await Expect(first).Not.ToContainTextAsync(youth.FullName);
        await first.GetByRole(AriaRole.Button, new() { Name = "Gegevens jongere tonen" }).ClickAsync();
        await Expect(first).ToContainTextAsync(youth.FullName);
        await Expect(first).ToContainTextAsync($"Wie: {me.DisplayName}");
        await Expect(first).ToContainTextAsync("Open");
        await first.GetByText(FirstWhat).ScrollIntoViewIfNeededAsync();
        await Browser.ScreenshotAsync("31-action-item-received.png");
        var firstRefresh = CardJson.ExecuteAction(itemFrames[0].Json, "Vernieuwen");
        var secondRefresh = CardJson.ExecuteAction(itemFrames[1].Json, "Vernieuwen");
        var firstId = ItemId(firstRefresh.Data);
        var secondId = ItemId(secondRefresh.Data);

        // (c) As owner only (melder: no chair rights), Alex ticks the first item off with a note.
        await chat.SwitchRoleAsync("melder");
        await first.GetByRole(AriaRole.Textbox, new() { Name = "Toelichting" }).FillAsync("Ouders gebeld, afspraak staat.");
        await first.GetByRole(AriaRole.Button, new() { Name = Done, Exact = true }).ClickAsync();
        var doneCard = chat.Page.Cards($"{Done} door {me.DisplayName} op ");
        await Expect(doneCard).ToHaveCountAsync(1);
        await Expect(doneCard).ToContainTextAsync(FirstWhat);
        await Expect(doneCard.GetByRole(AriaRole.Button, new() { Name = Done, Exact = true })).ToHaveCountAsync(0);
        await Browser.ScreenshotAsync("32-action-item-done.png");

        // (d) The chair's view: the card's refresh (Universal Actions) as the chair's Teams client sends it for this
        // message, through the Playground's invoke API (its web UI does not refresh: "User specific view is not
        // supported yet in Microsoft 365 Agents playground"), and the chair's overview in the browser.
        await chat.SwitchRoleAsync("voorzitter");
        var chairDone = await RefreshAsync(itemFrames[0].MessageId, firstRefresh);
        Assert.Contains(chairDone.Texts, t => t.StartsWith($"{Done} door {me.DisplayName} op ", StringComparison.Ordinal));
        Assert.Contains("Ouders gebeld, afspraak staat.", chairDone.Texts);
        Assert.False(chairDone.HasInput("doneNote"), "A done item is read-only, also for the chair.");
        var chairOpen = await RefreshAsync(itemFrames[1].MessageId, secondRefresh);
        Assert.Contains("Open", chairOpen.Texts);
        Assert.True(chairOpen.HasInput("doneNote"), "The chair may still change the open item.");

        // The overview of JPP Heerlen: the second item under "Open", the first under "Afgehandeld sinds het laatste
        // overleg" (the meeting of an hour ago); by position in the card, as the demo data may have items of its own.
        var overview = await chat.SendForCardAsync("acties", JppActionsCard);
        await Expect(overview).ToContainTextAsync(FirstWhat);
        var shown = await overview.InnerTextAsync();
        var openAt = shown.IndexOf("Open (", StringComparison.Ordinal);
        var doneAt = shown.IndexOf("Afgehandeld sinds het laatste overleg (", StringComparison.Ordinal);
        Assert.True(openAt >= 0 && doneAt > openAt, shown);
        Assert.InRange(shown.IndexOf(SecondWhat, StringComparison.Ordinal), openAt, doneAt);
        Assert.True(shown.IndexOf(FirstWhat, StringComparison.Ordinal) > doneAt, shown);
        await Browser.ScreenshotAsync("33-chair-overview.png");

        await using (var meeting = new StartedMeeting(fixture.Bot.DatabasePath))
        {
            // The demo data has items of its own on this youth (the last meeting's decision): only this run's two count.
            var items = (await meeting.ItemsAsync(code)).Where(i => i.Item1 == firstId || i.Item1 == secondId);
            Assert.Equal([(firstId, me.AadObjectId, ActionItemState.Afgerond), (secondId, me.AadObjectId, ActionItemState.Open)], items);
        }

        // (e) Privacy: no message text of the run, in any chat, and no text answer to a click names the youth.
        var texts = fixture.Stream.Frames.Skip(start).Where(f => f.Text is not null).Select(f => f.Text!).ToList();
        texts.AddRange(await invokes.MessageTextsAsync());
        Assert.Equal(2, texts.Where(t => itemText.IsMatch(t)).Distinct(StringComparer.Ordinal).Count());
        SentTexts.AssertNoneContains(texts, youth.FirstName, youth.LastName, youth.FullName);
    }

    /// <summary>One action item row: the owner, what (a quick pick or typed text), the due date's quick pick (null: the proposed one is kept).</summary>
    private static async Task FillItemAsync(ChairEffort effort, ILocator card, int number, DemoUser owner, string? pick, string? typed, string? due)
    {
        await effort.ChooseAsync(
            card.GetByRole(AriaRole.Combobox, new() { Name = "Wie", Exact = true }).Nth(number - 1),
            card.Page.GetByRole(AriaRole.Option, new() { Name = $"{owner.DisplayName} ({owner.OrganisationName})" }));
        if (pick is not null)
        {
            await effort.ChooseAsync(
                card.GetByRole(AriaRole.Combobox, new() { Name = "Wat", Exact = true }).Nth(number - 1),
                card.Page.GetByRole(AriaRole.Option, new() { Name = pick, Exact = true }));
        }

        if (typed is not null)
        {
            await effort.TypeAsync(card.GetByRole(AriaRole.Textbox, new() { Name = "Of beschrijf het zelf" }).Nth(number - 1), typed);
        }

        if (due is not null)
        {
            await effort.ChooseAsync(
                card.GetByRole(AriaRole.Combobox, new() { Name = "Termijn" }).Nth(number - 1),
                card.Page.GetByRole(AriaRole.Option, new() { NameRegex = new Regex("^" + Regex.Escape(due) + @" \(") }));
        }
    }

    /// <summary>The card's refresh (its verb and data) sent for that message as the current user, as Teams does for the users in <c>refresh.userIds</c>.</summary>
    private async Task<CardAnswer> RefreshAsync(string messageId, (string Verb, Dictionary<string, object?> Data) refresh)
    {
        Assert.Equal("actionItem.open", refresh.Verb);
        var (status, body) = await fixture.Api.ExecuteActionAsync(fixture.Config.PersonalChatId, fixture.Config.CurrentUserId, messageId, refresh.Verb, refresh.Data);
        Assert.Equal(200, status);
        return CardAnswer.Parse(body);
    }

    private static long ItemId(Dictionary<string, object?> data)
    {
        var id = (JsonElement)data["itemId"]!;
        return id.ValueKind == JsonValueKind.Number ? id.GetInt64() : long.Parse(id.GetString()!, CultureInfo.InvariantCulture);
    }

    private void WriteFigure(TimeSpan elapsed, ChairEffort effort)
    {
        var line = string.Create(CultureInfo.InvariantCulture,
            $"Decision card (issue 15, one youth, vervolg + the proposed next review + 2 action items, one what picked and one typed, one proposed term kept and one picked): "
            + $"{elapsed.TotalSeconds:F1} s in the browser from the card on screen to the confirmation; "
            + $"{effort.Clicks} clicks, {effort.Keystrokes} keystrokes, {effort.Decisions} fields decided; at Keystroke-Level Model speeds "
            + $"(point and click 1.3 s, keystroke 0.28 s, hand to keyboard and back 0.4 s each way, 1.35 s to decide each field) "
            + $"a person takes about {effort.ModelSeconds:F0} s.");
        output.WriteLine(line);
        File.WriteAllText(RepoPaths.Artifact("decision-time.txt"), line + Environment.NewLine);
    }

    /// <summary>
    /// The chair's clicks and keystrokes on the decision card, done through Playwright and counted, with what a person
    /// would need for them by the Keystroke-Level Model (Card, Moran and Newell 1980; The Psychology of Human-Computer
    /// Interaction, 1983), with its published operator times: point with the mouse P = 1.1 s and press and release the
    /// button BB = 0.2 s (a click 1.3 s), a key K = 0.28 s (an average typist), move the hand between mouse and keyboard
    /// H = 0.4 s, and mentally prepare M = 1.35 s. M is placed by their heuristic rules, once per field the chair decides,
    /// not per click: opening a dropdown and choosing in it is one decision (rule 1: the choice is anticipated by the
    /// click that opened the list, so it gets no M of its own) and a typed text is one unit (rule 2: one M for the string,
    /// none per key). A value the card proposes and the chair keeps (the casusregisseur, the next review, an item's term)
    /// costs nothing.
    /// </summary>
    private sealed class ChairEffort
    {
        private const double PointAndClick = 1.1 + 0.2;
        private const double Keystroke = 0.28;
        private const double Homing = 0.4;
        private const double Mental = 1.35;

        public int Clicks { get; private set; }

        public int Keystrokes { get; private set; }

        /// <summary>The fields decided: one mental operator each.</summary>
        public int Decisions { get; private set; }

        private int Homings { get; set; }

        public double ModelSeconds => (Clicks * PointAndClick) + (Keystrokes * Keystroke) + (Homings * Homing) + (Decisions * Mental);

        /// <summary>One decision, one click: a radio button, the record button.</summary>
        public async Task ClickAsync(ILocator target)
        {
            Decisions++;
            Clicks++;
            await target.ClickAsync();
        }

        /// <summary>One decision, two clicks: open the dropdown, click the option.</summary>
        public async Task ChooseAsync(ILocator dropdown, ILocator option)
        {
            Decisions++;
            Clicks += 2;
            await dropdown.ClickAsync();
            await option.ClickAsync();
        }

        /// <summary>One decision: click into the field, hand to the keyboard, type the text, hand back to the mouse.</summary>
        public async Task TypeAsync(ILocator target, string text)
        {
            Decisions++;
            Clicks++;
            Homings += 2;
            Keystrokes += text.Length;
            await target.ClickAsync();
            await target.PressSequentiallyAsync(text);
        }
    }

    /// <summary>An invoke answer as the Playground relays it: the card's texts and input ids.</summary>
    private sealed record CardAnswer(IReadOnlyList<string> Texts, IReadOnlyList<string> Inputs)
    {
        public bool HasInput(string id) => Inputs.Contains(id);

        public static CardAnswer Parse(string body)
        {
            using var doc = JsonDocument.Parse(body);
            var root = doc.RootElement;
            Assert.Equal("application/vnd.microsoft.card.adaptive", root.GetProperty("type").GetString());
            var texts = new List<string>();
            var inputs = new List<string>();
            Walk(root.GetProperty("value"));
            return new CardAnswer(texts, inputs);

            void Walk(JsonElement element)
            {
                if (element.ValueKind == JsonValueKind.Object)
                {
                    var type = element.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
                    if (type is "TextBlock" or "TextRun" && element.TryGetProperty("text", out var text) && text.ValueKind == JsonValueKind.String)
                    {
                        texts.Add(text.GetString()!);
                    }

                    if (type?.StartsWith("Input.", StringComparison.Ordinal) == true && element.TryGetProperty("id", out var id))
                    {
                        inputs.Add(id.GetString()!);
                    }

                    foreach (var property in element.EnumerateObject())
                    {
                        Walk(property.Value);
                    }
                }
                else if (element.ValueKind == JsonValueKind.Array)
                {
                    foreach (var item in element.EnumerateArray())
                    {
                        Walk(item);
                    }
                }
            }
        }
    }
}
