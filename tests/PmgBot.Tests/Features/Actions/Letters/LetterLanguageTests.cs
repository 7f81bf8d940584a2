using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using PmgBot.Cards.Localization;
using PmgBot.Core.Features.Actions.Letters;
using PmgBot.Core.Outbox;
using PmgBot.Core.Time;
using PmgBot.Tests.Features.Chair;
using PmgBot.Tests.Integration;
using PmgBot.Tests.Storage;
using PmgBot.Tests.Support;

namespace PmgBot.Tests.Features.Actions.Letters;

/// <summary>
/// Issue 16 for the letter tasks: the answers, the card and the field messages in the turn's language (English for
/// <c>en-*</c>, Dutch otherwise, Dutch word for word as before), the task notice in the casusregisseur's stored language
/// (not the chair's), the refused download page in the browser's language; the letters and the command words stay Dutch.
/// </summary>
[Collection(PostgresServerCollection.Name)]
public sealed class LetterLanguageTests(PostgresServer postgres)
{
    /// <summary>1 December 2026 14:00 UTC is 15:00 in Amsterdam.</summary>
    private static readonly DateTime Recorded = new(2026, 12, 1, 14, 0, 0, DateTimeKind.Utc);

    public static TheoryData<string, string, string> Texts => new()
    {
        { "en-US", "sent", "Sent to the parents or carers on 1 December 2026 (recorded by Cas Regie on 1 December, 15:00)" },
        { "nl-NL", "sent", "Verstuurd aan de ouders of verzorgers op 1 december 2026 (vastgelegd door Cas Regie op 1 december, 15:00)" },
        { "en-GB", "not sent", "Not sent (recorded by Cas Regie on 1 December, 15:00)" },
        { "nl-NL", "not sent", "Niet verstuurd (vastgelegd door Cas Regie op 1 december, 15:00)" },
        { "en-US", "open", "Not sent yet" },
        { "en-US", "new task", "New task: compliment letter for case PMG-J-0023." },
        { "nl-NL", "new task", "Nieuwe taak: complimentbrief voor casus PMG-J-0023." },
        { "en-US", "too young", "A letter to the young person is only possible from age 16. Choose the parents or carers." },
        { "en-US", "addressees", "Parents or carers (the letter says 'u')|The young person (the letter says 'je')" },
        { "nl-NL", "addressees", "Ouders of verzorgers (u)|De jongere zelf (je)" },
        { "en-US", "list", "Open letters: compliment letter PMG-J-0023, notification letter PMG-J-0017. Type for example 'complimentbrief PMG-J-0023' to open the letter." },
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void Text_Language_WrittenInIt(string locale, string text, string expected)
    {
        using var language = BotLanguage.Use(locale);

        var actual = text switch
        {
            "sent" => LetterTexts.Status(View(LetterTaskState.Verstuurd, LetterAddressee.Ouders, new DateOnly(2026, 12, 1))),
            "not sent" => LetterTexts.Status(View(LetterTaskState.NietVerstuurd, null, null)),
            "open" => LetterTexts.Status(View(LetterTaskState.Open, null, null) with { RecordedByName = null, RecordedAtUtc = null }),
            "new task" => LetterTexts.NewTask(LetterKind.Complimentbrief, "PMG-J-0023"),
            "too young" => LetterTexts.YouthTooYoung(LetterAddressees.YouthFromAge),
            "addressees" => string.Join("|", new[] { LetterAddressee.Ouders, LetterAddressee.Jongere }.Select(LetterTexts.AddresseeTitle)),
            "list" => LetterTexts.OpenTasks([new(2, LetterKind.Complimentbrief, "PMG-J-0023"), new(1, LetterKind.Notificatiebrief, "PMG-J-0017")]),
            _ => throw new ArgumentOutOfRangeException(nameof(text), text, null),
        };

        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Values_English_StayTheDutchCommandFileAndTokenWords()
    {
        using var english = BotLanguage.Use(BotLanguage.English);

        Assert.Equal(
            ("notificatiebrief", "ouders", LetterAddressee.Jongere),
            (LetterValues.Kind(LetterKind.Notificatiebrief), LetterValues.Addressee(LetterAddressee.Ouders), LetterValues.ParseAddressee("jongere")));
    }

    [Theory]
    [InlineData("en-US", "Open letters: notification letter PMG-J-0017. Type for example 'notificatiebrief PMG-J-0017' to open the letter.")]
    [InlineData("en", "Open letters: notification letter PMG-J-0017. Type for example 'notificatiebrief PMG-J-0017' to open the letter.")]
    [InlineData("nl-NL", "Open brieven: notificatiebrief PMG-J-0017. Typ bijvoorbeeld 'notificatiebrief PMG-J-0017' om de brief te openen.")]
    [InlineData("fr-FR", "Open brieven: notificatiebrief PMG-J-0017. Typ bijvoorbeeld 'notificatiebrief PMG-J-0017' om de brief te openen.")]
    public async Task Brieven_ActivityLocale_AnswerInItsLanguage(string locale, string expected)
    {
        await using var letters = await LetterApp.StartAsync(StorageProvider.Sqlite, postgres);
        // The task notice goes out through the outbox first: only the answer to brieven counts.
        await letters.App.WaitForOutboxAsync();
        letters.App.Connector.Clear();
        var message = TestActivities.Message("brieven", TestDirectory.Casusregisseur, conversation: "a:casusregisseur");
        message["locale"] = locale;

        await letters.App.PostAndWaitAsync(message);
        await letters.App.WaitForOutboxAsync();

        var reply = Assert.Single(letters.App.Connector.Calls, c => c.Method == "POST" && c.Body?["type"]?.GetValue<string>() == "message");
        Assert.Equal(expected, reply.Text);
    }

    [Theory]
    [InlineData("en-US", "Nothing has been recorded. Correct what is shown below and try again.", "Write down why the letter was not sent.",
        "Notification letter, case PMG-J-0017", "Not sent yet")]
    [InlineData("nl-NL", "Er is niets vastgelegd. Verbeter wat hieronder staat en probeer het opnieuw.", "Schrijf op waarom de brief niet verstuurd is.",
        "Notificatiebrief casus PMG-J-0017", "Nog niet verstuurd")]
    [InlineData(null, "Er is niets vastgelegd. Verbeter wat hieronder staat en probeer het opnieuw.", "Schrijf op waarom de brief niet verstuurd is.",
        "Notificatiebrief casus PMG-J-0017", "Nog niet verstuurd")]
    public async Task NotSent_WithoutReasonInALocale_CardAndMessagesInItsLanguageNothingStored(
        string? locale, string notice, string fieldMessage, string title, string status)
    {
        await using var letters = await LetterApp.StartAsync(StorageProvider.Sqlite, postgres);

        var answer = await InvokeAsync(letters, LetterVerbs.NotSent,
            new JsonObject { ["taskId"] = letters.TaskId, ["version"] = 0, [LetterTaskFields.NotSentReason] = " " }, locale);

        Assert.Equal([title, notice, fieldMessage], answer.TextBlocks.Where(t => t == title || t == notice || t == fieldMessage).Distinct());
        Assert.Contains(status, answer.TextRuns);
        Assert.Equal(["ouders", "jongere"], answer.ChoiceValues(LetterTaskFields.Addressee));
        Assert.Equal((LetterTaskState.Open, 0), ((await letters.TaskAsync()).State, (await letters.TaskAsync()).Version));
    }

    [Fact]
    public async Task Sent_EnglishLocale_RecordedInEnglishAndStoredAsForDutch()
    {
        await using var letters = await LetterApp.StartAsync(StorageProvider.Sqlite, postgres);
        var taskDay = DateOnly.FromDateTime(AmsterdamTime.ToLocal((await letters.TaskAsync()).CreatedAtUtc)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        var answer = await InvokeAsync(letters, LetterVerbs.Sent,
            new JsonObject { ["taskId"] = letters.TaskId, ["version"] = 0, [LetterTaskFields.Addressee] = "ouders", [LetterTaskFields.SentOn] = taskDay }, "en-GB");

        Assert.Contains("Recorded: the letter was sent.", answer.TextBlocks);
        Assert.Contains(answer.TextRuns, t => t.StartsWith("Sent to the parents or carers on ", StringComparison.Ordinal));
        var task = await letters.TaskAsync();
        Assert.Equal((LetterTaskState.Verstuurd, LetterAddressee.Ouders, 1), (task.State, task.Addressee, task.Version));
    }

    [Theory]
    [InlineData("en-GB", "New task: notification letter for case PMG-J-0017.", "en-US", "Notification letter, case PMG-J-0017")]
    [InlineData("en-US", "New task: notification letter for case PMG-J-0017.", "en-US", "Notification letter, case PMG-J-0017")]
    [InlineData("nl-NL", "Nieuwe taak: notificatiebrief voor casus PMG-J-0017.", "nl-NL", "Notificatiebrief casus PMG-J-0017")]
    public async Task RecordDecision_CasusregisseursStoredLocale_TaskNoticeInTheirLanguageNotTheChairs(
        string casusregisseurLocale, string text, string activityLocale, string title)
    {
        // The chair records the decision in Dutch; the notice follows the casusregisseur's last activity.
        await using var letters = await LetterApp.StartAsync(StorageProvider.Sqlite, postgres, casusregisseurLocale: casusregisseurLocale);

        var message = await letters.App.QueryAsync(db => db.OutboxMessages.SingleAsync(m => m.DedupKey == LetterTaskNotifier.NewKey(letters.TaskId)));

        var activity = JsonNode.Parse(message.ActivityJson)!;
        Assert.Equal((text, text, activityLocale), (activity["text"]!.GetValue<string>(), activity["summary"]!.GetValue<string>(), activity["locale"]!.GetValue<string>()));
        var card = new ChairAnswer("", new JsonObject { ["type"] = ChairAnswer.CardType, ["value"] = activity["attachments"]![0]!["content"]!.DeepClone() });
        Assert.Equal(title, card.TextBlocks[0]);
    }

    [Theory]
    [InlineData("en-GB,en;q=0.9,nl;q=0.8", "en", "This link is not valid")]
    [InlineData("nl;q=0.5,en-US;q=0.9", "en", "This link is not valid")]
    [InlineData("nl-NL,en;q=0.5", "nl", "Deze link is niet geldig")]
    [InlineData(null, "nl", "Deze link is niet geldig")]
    public async Task Download_RefusedLinkAndBrowserLanguage_PageInItsFirstLanguage(string? acceptLanguage, string lang, string title)
    {
        await using var letters = await LetterApp.StartAsync(StorageProvider.Sqlite, postgres);
        using var request = new HttpRequestMessage(HttpMethod.Get, LetterLinks.DownloadPath + "?t=changed");
        request.Headers.Add(HeaderSignInHandler.Header, TestDirectory.Casusregisseur);
        if (acceptLanguage is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept-Language", acceptLanguage);
        }

        var response = await letters.App.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains($"<html lang=\"{lang}\">", page, StringComparison.Ordinal);
        Assert.Contains($"<h1>{title}</h1>", page, StringComparison.Ordinal);
    }

    private static LetterTaskView View(LetterTaskState state, LetterAddressee? addressee, DateOnly? sentOn) => new(
        1, 1, LetterKind.Notificatiebrief, "PMG-J-0017", "Jan de Vries", new DateOnly(2010, 3, 12), "JPP Heerlen", state, addressee, sentOn,
        state == LetterTaskState.NietVerstuurd ? "Reden." : null, "Cas Regie", Recorded, [LetterAddressee.Ouders, LetterAddressee.Jongere], new DateOnly(2026, 12, 1),
        "cas");

    private static async Task<ChairAnswer> InvokeAsync(LetterApp letters, string verb, JsonObject data, string? locale)
    {
        var activity = TestActivities.Invoke(verb, data, TestDirectory.Casusregisseur, conversation: "a:casusregisseur");
        if (locale is not null)
        {
            activity["locale"] = locale;
        }

        var response = await letters.App.PostAsync(activity);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var raw = await response.Content.ReadAsStringAsync();
        return new ChairAnswer(raw, JsonNode.Parse(raw)!);
    }
}
