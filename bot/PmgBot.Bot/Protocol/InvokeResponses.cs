using System.Text.Json.Nodes;
using PmgBot.Core.Protocol;

namespace PmgBot.Bot.Protocol;

/// <summary>Bodies of <c>adaptiveCard/action</c> invoke responses (protocol.md §4.3). The HTTP status is always 200.</summary>
public static class InvokeResponses
{
    public static JsonObject Card(JsonObject card) => new()
    {
        ["statusCode"] = 200,
        ["type"] = ContentTypes.AdaptiveCard,
        ["value"] = card,
    };

    public static JsonObject Message(string text) => new()
    {
        ["statusCode"] = 200,
        ["type"] = ContentTypes.ActivityMessage,
        ["value"] = text,
    };

    public static JsonObject Error(int statusCode, string code, string message) => new()
    {
        ["statusCode"] = statusCode,
        ["type"] = ContentTypes.Error,
        ["value"] = new JsonObject { ["code"] = code, ["message"] = message },
    };
}
