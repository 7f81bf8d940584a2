using System.Text.Json.Nodes;

namespace PmgBot.Tests.Integration;

/// <summary>One call the bot made to the (fake) connector.</summary>
public sealed record RecordedCall(string Method, string Path, JsonNode? Body)
{
    /// <summary>All text of the call's body (message text and every string inside attached cards).</summary>
    public string AllText => Body?.ToJsonString() ?? "";

    public string? Text => Body?["text"]?.GetValue<string>();

    public JsonObject? Card => Body?["attachments"]?[0]?["content"] as JsonObject;
}
