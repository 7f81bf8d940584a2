using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using PmgBot.Core.Protocol;

namespace PmgBot.Core.Features.Reports;

/// <summary>
/// The plain text of the chat message a message action was used on (<c>value.messagePayload.body</c>, HTML in Teams):
/// tags out, line breaks kept, entities decoded, cut to the report description's length. Untrusted input.
/// </summary>
public static partial class MessageActionText
{
    public static string Of(JsonElement? value, int maxLength)
    {
        if (!value.TryGetMember("messagePayload", out var payload) || !payload.TryGetMember("body", out var body)
            || !body.TryGetMember("content", out var content) || content.ValueKind != JsonValueKind.String
            || !content.TryGetText(out var raw) || raw is null)
        {
            return "";
        }

        var isText = string.Equals(body.TextOf("contentType"), "text", StringComparison.OrdinalIgnoreCase);
        return Cut(isText ? Tidy(raw) : ToText(raw), maxLength);
    }

    public static string ToText(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var text = LineBreak().Replace(html, "\n");
        text = Tag().Replace(text, "");
        return Tidy(WebUtility.HtmlDecode(text));
    }

    /// <summary>Trims each line, keeps at most one empty line in a row.</summary>
    private static string Tidy(string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Replace('\u00A0', ' ').Split('\n')
            .Select(l => Spaces().Replace(l, " ").Trim());
        var result = new StringBuilder();
        var empty = 0;
        foreach (var line in lines)
        {
            empty = line.Length == 0 ? empty + 1 : 0;
            if (empty > 1 || (line.Length == 0 && result.Length == 0))
            {
                continue;
            }

            result.Append(line).Append('\n');
        }

        return result.ToString().Trim();
    }

    /// <summary>Cuts at <paramref name="maxLength"/> without splitting a surrogate pair (the card and the validator count UTF-16 units).</summary>
    private static string Cut(string text, int maxLength)
    {
        if (text.Length <= maxLength)
        {
            return text;
        }

        var end = char.IsHighSurrogate(text[maxLength - 1]) ? maxLength - 1 : maxLength;
        return text[..end].TrimEnd();
    }

    [GeneratedRegex(@"<\s*br\s*/?\s*>|<\s*/\s*(p|div|li|h[1-6]|tr|blockquote)\s*>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex LineBreak();

    [GeneratedRegex(@"<[^>]*>", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Tag();

    [GeneratedRegex(@"[ \t]+", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Spaces();
}
