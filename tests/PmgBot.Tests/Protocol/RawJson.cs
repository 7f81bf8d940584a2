using System.Globalization;
using System.Text;
using System.Text.Json;

namespace PmgBot.Tests.Protocol;

/// <summary>
/// JSON text for tests of broken input, written as a C# string: every <c>¤XX</c> (two hex digits) becomes the raw byte
/// 0xXX, so invalid UTF-8 can be written down ("\"¤FF\"" is a JSON string holding the byte 0xFF). JSON escapes such as
/// <c>\ud800</c> are left to the parser.
/// </summary>
internal static class RawJson
{
    public const char ByteMarker = '¤';

    public static byte[] Bytes(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var bytes = new List<byte>(json.Length);
        var text = new StringBuilder();
        for (var i = 0; i < json.Length; i++)
        {
            if (json[i] == ByteMarker && i + 2 < json.Length)
            {
                bytes.AddRange(Encoding.UTF8.GetBytes(text.ToString()));
                text.Clear();
                bytes.Add(byte.Parse(json.AsSpan(i + 1, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                i += 2;
                continue;
            }

            text.Append(json[i]);
        }

        bytes.AddRange(Encoding.UTF8.GetBytes(text.ToString()));
        return [.. bytes];
    }

    /// <summary>The parsed element (JsonDocument does not validate string contents: that is the point).</summary>
    public static JsonElement Element(string json) => JsonSerializer.Deserialize<JsonElement>(Bytes(json));
}
