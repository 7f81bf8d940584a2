using System.Text.Json;
using System.Text.Json.Nodes;
using PmgBot.Benchmarks.Harness;

namespace PmgBot.Benchmarks.Register;

/// <summary>Teams-shaped activities (as in activity.json and the integration tests) for the register benchmark, in personal chats of the bench tenant.</summary>
public static class BenchActivities
{
    public static byte[] Message(Uri serviceUrl, BenchProfessional user, string conversationId, string activityId, string text) =>
        JsonSerializer.SerializeToUtf8Bytes(Base("message", serviceUrl, user, conversationId, activityId, new JsonObject
        {
            ["text"] = text,
            ["textFormat"] = "plain",
            ["locale"] = "nl-NL",
        }));

    public static byte[] Invoke(Uri serviceUrl, BenchProfessional user, string conversationId, string activityId, string verb, JsonObject data) =>
        JsonSerializer.SerializeToUtf8Bytes(Base("invoke", serviceUrl, user, conversationId, activityId, new JsonObject
        {
            ["name"] = "adaptiveCard/action",
            ["replyToId"] = "card-" + activityId,
            ["locale"] = "nl-NL",
            ["value"] = new JsonObject
            {
                ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data },
                ["trigger"] = "manual",
            },
        }));

    /// <summary>The bot is added to the user's personal chat (the install): the bot stores the conversation reference and welcomes the user.</summary>
    public static byte[] BotAdded(Uri serviceUrl, BenchProfessional user, string conversationId, string activityId) =>
        JsonSerializer.SerializeToUtf8Bytes(Base("conversationUpdate", serviceUrl, user, conversationId, activityId, new JsonObject
        {
            ["membersAdded"] = new JsonArray(
                new JsonObject { ["id"] = "29:" + user.AadObjectId, ["aadObjectId"] = user.AadObjectId },
                new JsonObject { ["id"] = "28:" + BotUnderTest.AppId }),
        }));

    private static JsonObject Base(string type, Uri serviceUrl, BenchProfessional user, string conversationId, string activityId, JsonObject extra)
    {
        var activity = new JsonObject
        {
            ["type"] = type,
            ["id"] = activityId,
            // Now, as Teams stamps each activity (the inbox's key starts with it).
            ["timestamp"] = TimeProvider.System.GetUtcNow().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture),
            ["serviceUrl"] = serviceUrl.ToString().TrimEnd('/'),
            ["channelId"] = "msteams",
            ["from"] = new JsonObject { ["id"] = "29:" + user.AadObjectId, ["name"] = user.DisplayName, ["aadObjectId"] = user.AadObjectId },
            ["conversation"] = new JsonObject { ["id"] = conversationId, ["conversationType"] = "personal", ["tenantId"] = BotUnderTest.TenantId },
            ["recipient"] = new JsonObject { ["id"] = "28:" + BotUnderTest.AppId, ["name"] = "PmgBot" },
            ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = BotUnderTest.TenantId } },
        };
        foreach (var (name, value) in extra.ToList())
        {
            extra.Remove(name);
            activity[name] = value;
        }

        return activity;
    }
}
