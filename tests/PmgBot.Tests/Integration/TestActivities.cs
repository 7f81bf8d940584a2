using System.Text.Json.Nodes;

namespace PmgBot.Tests.Integration;

/// <summary>Teams-shaped activities for the integration tests (shapes from the captured Playground payloads).</summary>
internal static class TestActivities
{
    public const string Tenant = "00000000-0000-0000-0000-0000000000001";
    public const string OtherTenant = "99999999-0000-0000-0000-000000000099";
    public const string ServiceUrl = "https://smba.trafficmanager.net/emea/";
    public const string BotId = "28:bot-app-id";
    public const string PersonalConversation = "a:personal-conv";
    public const string GroupConversation = "19:group-chat@thread.v2";

    public static JsonObject Message(string text, string user = TestDirectory.Melder, string conversation = PersonalConversation,
        string conversationType = "personal", string? id = null, string tenant = Tenant, JsonArray? entities = null) => new()
    {
        ["type"] = "message",
        ["id"] = id ?? Guid.NewGuid().ToString("N"),
        ["channelId"] = "msteams",
        ["serviceUrl"] = ServiceUrl,
        ["timestamp"] = "2026-11-22T08:00:00.000Z",
        ["from"] = new JsonObject { ["id"] = "29:" + user, ["name"] = "Iemand", ["aadObjectId"] = user },
        ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = "PmgBot" },
        ["conversation"] = Conversation(conversation, conversationType, tenant),
        ["text"] = text,
        ["textFormat"] = "plain",
        ["locale"] = "nl-NL",
        ["entities"] = entities ?? new JsonArray(),
        ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = tenant } },
    };

    public static JsonObject GroupMessage(string text, string user = TestDirectory.Melder, bool mention = true)
    {
        var mentionText = "<at>PmgBot</at>";
        var entities = mention
            ? new JsonArray(new JsonObject
            {
                ["type"] = "mention",
                ["text"] = mentionText,
                ["mentioned"] = new JsonObject { ["id"] = BotId, ["name"] = "PmgBot" },
            })
            : new JsonArray();
        return Message(mention ? $"{mentionText} {text}" : text, user, GroupConversation, "groupChat", entities: entities);
    }

    public static JsonObject Invoke(string verb, JsonObject? data = null, string user = TestDirectory.Melder,
        string conversation = PersonalConversation, string conversationType = "personal", string? id = null) => new()
    {
        ["type"] = "invoke",
        ["name"] = "adaptiveCard/action",
        ["id"] = id ?? Guid.NewGuid().ToString("N"),
        ["channelId"] = "msteams",
        ["serviceUrl"] = ServiceUrl,
        ["from"] = new JsonObject { ["id"] = "29:" + user, ["aadObjectId"] = user },
        ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = "PmgBot" },
        ["conversation"] = Conversation(conversation, conversationType, Tenant),
        ["replyToId"] = "1795332006521",
        ["value"] = new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data ?? new JsonObject() },
            ["trigger"] = "manual",
        },
        ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = Tenant } },
    };

    /// <summary>
    /// A message action invoke (<c>composeExtension/fetchTask</c> or <c>/submitAction</c>) on a message in a group chat
    /// by default; <paramref name="data"/> is the dialog's submitted data (submitAction only).
    /// </summary>
    public static JsonObject MessageAction(string name, string messageHtml, JsonObject? data = null, string user = TestDirectory.Melder,
        string conversation = GroupConversation, string conversationType = "groupChat", string commandId = "reportFromMessage", string? id = null)
    {
        var value = new JsonObject
        {
            ["commandId"] = commandId,
            ["commandContext"] = "message",
            ["messagePayload"] = new JsonObject
            {
                ["id"] = "1795332006521",
                ["messageType"] = "message",
                ["createdDateTime"] = "2026-11-22T07:59:00.000Z",
                ["from"] = new JsonObject { ["user"] = new JsonObject { ["id"] = "someone-else", ["displayName"] = "Iemand Anders" } },
                ["body"] = new JsonObject { ["contentType"] = "html", ["content"] = messageHtml },
                ["attachments"] = new JsonArray(),
                ["mentions"] = new JsonArray(),
            },
            ["context"] = new JsonObject { ["theme"] = "default" },
        };
        if (data is not null)
        {
            value["data"] = data.DeepClone();
        }

        return new JsonObject
        {
            ["type"] = "invoke",
            ["name"] = name,
            ["id"] = id ?? Guid.NewGuid().ToString("N"),
            ["channelId"] = "msteams",
            ["serviceUrl"] = ServiceUrl,
            ["from"] = new JsonObject { ["id"] = "29:" + user, ["aadObjectId"] = user },
            ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = "PmgBot" },
            ["conversation"] = Conversation(conversation, conversationType, Tenant),
            ["value"] = value,
            ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = Tenant } },
        };
    }

    /// <summary>The bot is added: personal install (user + bot) or to a group chat.</summary>
    public static JsonObject BotAdded(string user = TestDirectory.Melder, string conversation = PersonalConversation,
        string conversationType = "personal", string serviceUrl = ServiceUrl) => new()
    {
        ["type"] = "conversationUpdate",
        ["id"] = Guid.NewGuid().ToString("N"),
        ["channelId"] = "msteams",
        ["serviceUrl"] = serviceUrl,
        ["from"] = new JsonObject { ["id"] = "29:" + user, ["aadObjectId"] = user },
        ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = "PmgBot" },
        ["conversation"] = Conversation(conversation, conversationType, Tenant),
        ["membersAdded"] = new JsonArray(
            new JsonObject { ["id"] = "29:" + user, ["aadObjectId"] = user },
            new JsonObject { ["id"] = BotId }),
        ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = Tenant } },
    };

    public static JsonObject InstallationUpdate(string action, string user = TestDirectory.Melder, string conversation = PersonalConversation) => new()
    {
        ["type"] = "installationUpdate",
        ["id"] = Guid.NewGuid().ToString("N"),
        ["action"] = action,
        ["channelId"] = "msteams",
        ["serviceUrl"] = ServiceUrl,
        ["from"] = new JsonObject { ["id"] = "29:" + user, ["aadObjectId"] = user },
        ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = "PmgBot" },
        ["conversation"] = Conversation(conversation, "personal", Tenant),
        ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = Tenant } },
    };

    private static JsonObject Conversation(string id, string type, string tenant)
    {
        var conversation = new JsonObject { ["id"] = id, ["conversationType"] = type, ["tenantId"] = tenant };
        if (type != "personal")
        {
            conversation["isGroup"] = true;
        }

        return conversation;
    }
}
