using System.Text.Json;
using System.Text.Json.Nodes;
using PmgBot.Core.Protocol;

namespace PmgBot.Bot.Routing;

/// <summary>
/// What the endpoint answers for one activity: a status, and for invokes the invoke response body as UTF-8 JSON.
/// The body is serialised once, when the turn ends: the <see cref="ActivityDeduplicator"/> keeps it for a redelivery,
/// and an array of bytes is nothing for the garbage collector to trace, where a card's tree of JSON nodes is hundreds
/// of objects.
/// </summary>
public sealed record BotHttpResponse(int Status, byte[]? Body)
{
    public static readonly BotHttpResponse Accepted = new(StatusCodes.Status202Accepted, null);
    public static readonly BotHttpResponse Ok = new(StatusCodes.Status200OK, null);

    /// <summary>A queued turn met a database outage: it stays in the inbox and is tried again (never sent to the client).</summary>
    public static readonly BotHttpResponse RetryLater = new(StatusCodes.Status503ServiceUnavailable, null);

    /// <summary>The turn could not be stored (database down or queue full): Teams delivers it again later.</summary>
    public static readonly BotHttpResponse Unavailable = new(StatusCodes.Status503ServiceUnavailable, null);

    /// <summary>An invoke response (HTTP 200) with <paramref name="body"/> from <see cref="InvokeResponses"/>.</summary>
    public static BotHttpResponse Invoke(JsonNode body) => new(StatusCodes.Status200OK, JsonSerializer.SerializeToUtf8Bytes(body, ProtocolJson.Options));
}
