using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using PmgBot.E2E.Support;

namespace PmgBot.E2E.Playground;

/// <summary>
/// Issue 16's message action "Melden bij PmgBot" in the Playground, through its invoke API (the Playground's UI has no
/// message actions): the demo user Alex Wilber posts a message in the group chat and reports it. The dialog
/// (<c>composeExtension/fetchTask</c>) comes prefilled with the message's text; the submit
/// (<c>composeExtension/submitAction</c>) stores the report in the bot's database, and the confirmation arrives in
/// Alex's personal chat and nowhere else. Without the reporting role both invokes are refused in the dialog and nothing
/// is stored.
/// </summary>
[Collection(PlaygroundCollection.Name)]
public sealed class MessageReportScenarioTests(PlaygroundFixture fixture) : RoleScenarioTest
{
    private const string FetchTask = "composeExtension/fetchTask";
    private const string SubmitAction = "composeExtension/submitAction";

    protected override PlaygroundFixture Fixture => fixture;

    [Fact]
    public async Task MessageAction_MelderReportsGroupChatMessage_DialogPrefilledReportStoredConfirmedOnlyInPersonalChat()
    {
        var config = fixture.Config;
        var me = DemoUser.Load(config.CurrentUserAadObjectId);
        await SwitchRoleAsync("melder");
        var message = await PostGroupMessageAsync();
        var start = fixture.Stream.Count;

        var (fetchStatus, fetchBody) = await fixture.Api.InvokeAsync(FetchTask, MessageAction(message), config.GroupChatId, config.CurrentUserId);

        Assert.Equal(200, fetchStatus);
        var card = DialogCard(fetchBody);
        Assert.Equal(message.Text, InputValue(card, "description"));
        var submit = SubmitData(card);
        var cardId = submit["cardId"]!.GetValue<string>();

        var youth = ReportedYouth.Unique();
        var data = FilledIn(submit, youth, message.Text);
        var (submitStatus, submitBody) = await fixture.Api.InvokeAsync(SubmitAction, MessageAction(message, data), config.GroupChatId, config.CurrentUserId);

        Assert.Equal(200, submitStatus);
        AssertDialogClosed(submitBody);
        var stored = Assert.Single(await ReportsWithCardIdAsync(cardId));
        Assert.Equal((me.AadObjectId, message.Text), (stored.ReporterId, stored.Description));

        // The confirmation card goes through the outbox to the personal chat, with the reference that was stored.
        var confirmation = await fixture.Stream.WaitForAsync(
            f => f.ConversationId == config.PersonalChatId && f.HasAttachments && f.Contains(BotTexts.ReportConfirmed) && f.Contains(stored.Reference),
            from: start);
        Assert.Equal(config.BotId, confirmation.FromId);
        await fixture.Stream.WaitForQuietAsync(TimeSpan.FromSeconds(2));
        var sent = fixture.Stream.Frames.Skip(start).ToList();
        Assert.DoesNotContain(sent, f => f.ConversationId != config.PersonalChatId);
        Assert.Single(sent, f => f.Contains(stored.Reference));
    }

    [Fact]
    public async Task MessageAction_UserWithoutReportingRole_RefusedInTheDialogNothingStored()
    {
        var config = fixture.Config;
        // A dialog opened while still a melder, submitted after the role is gone: the refusal is the server's.
        await SwitchRoleAsync("melder");
        var message = await PostGroupMessageAsync();
        var (_, openedBody) = await fixture.Api.InvokeAsync(FetchTask, MessageAction(message), config.GroupChatId, config.CurrentUserId);
        var submit = SubmitData(DialogCard(openedBody));
        var cardId = submit["cardId"]!.GetValue<string>();
        await SwitchRoleAsync("programmamanager");
        var reportsBefore = await CountReportsAsync();
        var start = fixture.Stream.Count;

        var (fetchStatus, fetchBody) = await fixture.Api.InvokeAsync(FetchTask, MessageAction(message), config.GroupChatId, config.CurrentUserId);
        var data = FilledIn(submit, ReportedYouth.Unique(), message.Text);
        var (submitStatus, submitBody) = await fixture.Api.InvokeAsync(SubmitAction, MessageAction(message, data), config.GroupChatId, config.CurrentUserId);

        Assert.Equal((200, 200), (fetchStatus, submitStatus));
        Assert.Equal(BotTexts.NotAllowed, DialogMessage(fetchBody));
        Assert.Equal(BotTexts.NotAllowed, DialogMessage(submitBody));
        Assert.Empty(await ReportsWithCardIdAsync(cardId));
        Assert.Equal(reportsBefore, await CountReportsAsync());
        await fixture.Stream.WaitForQuietAsync(TimeSpan.FromSeconds(2));
        Assert.Empty(fixture.Stream.Frames.Skip(start));
    }

    /// <summary>Sends <c>rol …</c> in the personal chat (which also makes the personal chat known to the bot).</summary>
    private async Task SwitchRoleAsync(string role)
    {
        var from = fixture.Stream.Count;
        await fixture.Api.SendMessageAsync(fixture.Config.PersonalChatId, fixture.Config.CurrentUserId, "rol " + role);
        await fixture.Stream.WaitForAsync(f => f.Text?.StartsWith(BotTexts.RoleSwitched(role), StringComparison.Ordinal) == true, from);
    }

    /// <summary>
    /// A message by the user in the group chat (made up, unique per run). It does not @mention the bot, so the Playground
    /// does not forward it: like in Teams, the bot learns of it only through the message action.
    /// </summary>
    private async Task<(string Id, string Text)> PostGroupMessageAsync()
    {
        var config = fixture.Config;
        var text = $"Fictief E2E-bericht {RandomNumberGenerator.GetHexString(6)}: hij zegt dat hij morgen een mes meeneemt naar school.";
        var id = await fixture.Api.SendMessageAsync(config.GroupChatId, config.CurrentUserId, text);
        return (id, text);
    }

    /// <summary>The value of the message action's invoke as Teams sends it: the command, the message, and on submit the dialog's data.</summary>
    private JsonObject MessageAction((string Id, string Text) message, JsonObject? data = null)
    {
        var value = new JsonObject
        {
            ["commandId"] = "reportFromMessage",
            ["commandContext"] = "message",
            ["messagePayload"] = new JsonObject
            {
                ["id"] = message.Id,
                ["messageType"] = "message",
                ["from"] = new JsonObject { ["user"] = new JsonObject { ["id"] = fixture.Config.CurrentUserAadObjectId } },
                ["body"] = new JsonObject { ["contentType"] = "html", ["content"] = "<p>" + message.Text + "</p>" },
                ["attachments"] = new JsonArray(),
                ["mentions"] = new JsonArray(),
            },
            ["context"] = new JsonObject { ["theme"] = "default" },
        };
        if (data is not null)
        {
            value["data"] = data;
        }

        return value;
    }

    /// <summary>The dialog's data with every input filled in, as Teams merges the inputs into an Action.Submit's data.</summary>
    private static JsonObject FilledIn(JsonObject submitData, ReportedYouth youth, string description)
    {
        var data = submitData.DeepClone().AsObject();
        data["subject"] = "jongere";
        data["firstName"] = youth.FirstName;
        data["tussenvoegsel"] = "";
        data["lastName"] = youth.LastName;
        data["dateOfBirth"] = youth.DateOfBirth;
        data["ageConfirmed"] = "false";
        data["municipality"] = "heerlen";
        data["school"] = "";
        data["groupOrLocation"] = "";
        data["kind"] = "zorg";
        data["context"] = "school";
        data["concerns"] = "schoolverzuim";
        data["description"] = description;
        data["urgency"] = "normaal";
        data["informed"] = "ja";
        data["notInformedReason"] = "";
        return data;
    }

    /// <summary>The Adaptive Card of a dialog answer: <c>{"task":{"type":"continue","value":{"title":…,"card":{…}}}}</c>.</summary>
    private static JsonNode DialogCard(string body)
    {
        var task = JsonNode.Parse(body)!["task"]!;
        Assert.Equal("continue", task["type"]!.GetValue<string>());
        Assert.Equal(BotTexts.MessageReportDialog, task["value"]!["title"]!.GetValue<string>());
        Assert.Equal("application/vnd.microsoft.card.adaptive", task["value"]!["card"]!["contentType"]!.GetValue<string>());
        return task["value"]!["card"]!["content"]!;
    }

    /// <summary>The text of a dialog answer that is a message: <c>{"task":{"type":"message","value":"…"}}</c>.</summary>
    private static string DialogMessage(string body)
    {
        var task = JsonNode.Parse(body)!["task"]!;
        Assert.Equal("message", task["type"]!.GetValue<string>());
        return task["value"]!.GetValue<string>();
    }

    /// <summary>A stored report closes the dialog: the bot answers the submit with an empty 200, no task.</summary>
    private static void AssertDialogClosed(string body) =>
        Assert.True(string.IsNullOrWhiteSpace(body) || JsonNode.Parse(body) is JsonObject { Count: 0 }, $"The dialog should close, got: {body}");

    private static string? InputValue(JsonNode card, string id) =>
        Objects(card).Single(o => (string?)o["id"] == id)["value"]?.GetValue<string>();

    /// <summary>The data of the dialog's submit button (an Action.Submit with the report verb in its data).</summary>
    private static JsonObject SubmitData(JsonNode card) =>
        Objects(card).Single(o => (string?)o["type"] == "Action.Submit" && (string?)o["data"]?["verb"] == "report.submit")["data"]!.AsObject();

    private static IEnumerable<JsonObject> Objects(JsonNode? node) => node switch
    {
        JsonObject o => new[] { o }.Concat(o.SelectMany(p => Objects(p.Value))),
        JsonArray a => a.SelectMany(Objects),
        _ => [],
    };

    private async Task<List<(string Reference, string ReporterId, string Description)>> ReportsWithCardIdAsync(string cardId)
    {
        await using var connection = await OpenDatabaseAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT \"Reference\", \"ReporterId\", \"Description\" FROM \"Reports\" WHERE \"IdempotencyKey\" = $key";
        command.Parameters.AddWithValue("$key", cardId);
        var reports = new List<(string Reference, string ReporterId, string Description)>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            reports.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2)));
        }

        return reports;
    }

    private async Task<long> CountReportsAsync()
    {
        await using var connection = await OpenDatabaseAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM \"Reports\"";
        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>The running bot's SQLite database, read-only, beside the bot's own connections (WAL).</summary>
    private async Task<SqliteConnection> OpenDatabaseAsync()
    {
        var connection = new SqliteConnection($"Data Source={fixture.Bot.DatabasePath};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        return connection;
    }
}
