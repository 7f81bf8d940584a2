using System.Text.Json.Nodes;

namespace PmgBot.Core.Protocol;

/// <summary>
/// Bodies of invoke responses: <c>adaptiveCard/action</c> (protocol.md §4.3) and, for dialogs opened by a message action,
/// the task module shapes (§4.4–4.5). The HTTP status is always 200.
/// </summary>
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

    /// <summary>A dialog that shows (or keeps showing) <paramref name="card"/>.</summary>
    public static JsonObject TaskCard(string title, JsonObject card) => new()
    {
        ["task"] = new JsonObject
        {
            ["type"] = "continue",
            ["value"] = new JsonObject
            {
                ["title"] = title,
                ["card"] = new JsonObject { ["contentType"] = ContentTypes.AdaptiveCard, ["content"] = card },
            },
        },
    };

    /// <summary>A dialog that shows a short text.</summary>
    public static JsonObject TaskMessage(string text) => new()
    {
        ["task"] = new JsonObject { ["type"] = "message", ["value"] = text },
    };
}
