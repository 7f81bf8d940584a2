using System.Text.Json.Nodes;

namespace PmgBot.Bot.Protocol;

/// <summary>What the endpoint answers for one activity: a status, and for invokes the invoke response body.</summary>
public sealed record BotHttpResponse(int Status, JsonNode? Body)
{
    public static readonly BotHttpResponse Accepted = new(StatusCodes.Status202Accepted, null);
    public static readonly BotHttpResponse Ok = new(StatusCodes.Status200OK, null);
}
