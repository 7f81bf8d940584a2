using System.Text.Json;
using System.Text.RegularExpressions;

namespace PmgBot.E2E.Support;

/// <summary>
/// One frame of the Playground's conversation stream: what the bot sent to a chat
/// (<c>createMessage</c>, <c>updateMessage</c> or <c>typing</c>).
/// </summary>
public sealed record StreamFrame(string Action, string ConversationId, string MessageId, string? FromId, string Json)
{
    /// <summary>Every string value inside the message (text, card texts, action titles and data), one per line.</summary>
    public string AllText { get; init; } = "";

    public bool HasAttachments { get; init; }

    /// <summary>The message's own text (activity.text), without the cards; null when the message has none.</summary>
    public string? Text { get; init; }

    public static StreamFrame Parse(string json)
    {
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        var message = root.TryGetProperty("message", out var m) ? m : default;
        return new StreamFrame(
            Action: StringOf(root, "action"),
            ConversationId: StringOf(root, "actionConversationId"),
            MessageId: message.ValueKind == JsonValueKind.Object ? StringOf(message, "messageId") : "",
            FromId: message.ValueKind == JsonValueKind.Object && message.TryGetProperty("from", out var from) ? StringOf(from, "id") : null,
            Json: json)
        {
            AllText = message.ValueKind == JsonValueKind.Object ? JsonText.AllStrings(message) : "",
            Text = message.ValueKind == JsonValueKind.Object && message.TryGetProperty("text", out var text) && text.ValueKind == JsonValueKind.String
                ? text.GetString()
                : null,
            HasAttachments = message.ValueKind == JsonValueKind.Object
                && message.TryGetProperty("attachments", out var attachments)
                && attachments.ValueKind == JsonValueKind.Array
                && attachments.GetArrayLength() > 0,
        };
    }

    public bool Contains(string text) => AllText.Contains(text, StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether <paramref name="words"/> occurs as whole words (case-insensitive), e.g. a role name.</summary>
    public bool ContainsWords(string words) =>
        Regex.IsMatch(AllText, $@"(?<!\w){Regex.Escape(words)}(?!\w)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static string StringOf(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value)
            ? value.ValueKind == JsonValueKind.String ? value.GetString() ?? "" : value.ToString()
            : "";
}
