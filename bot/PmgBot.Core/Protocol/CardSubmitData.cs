using System.Buffers;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace PmgBot.Core.Protocol;

/// <summary>
/// Reads the untrusted data of a card action into the card's own record with <see cref="JsonSerializer"/> (web casing,
/// property names exact). Never throws on input: a value that is not readable text (lone surrogate, invalid UTF-8,
/// U+0000; see <see cref="UntrustedJson"/>), of the wrong kind, null, or under a name that is not readable text reads as
/// absent, so the property keeps its default and the card's validator answers with its usual Dutch field message. Data
/// that is not an object reads as an empty object. The record's settable properties may be <see cref="string"/>,
/// <see cref="int"/> or <see cref="Nullable{Int32}"/>.
/// </summary>
public static class CardSubmitData
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        PropertyNameCaseInsensitive = false,
        NumberHandling = JsonNumberHandling.Strict,
        TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
    };

    /// <summary>Strings as strings only; a whole number as a JSON number or as digits in a string.</summary>
    public static T Read<T>(JsonElement? data) => Read<T>(data, asText: false);

    /// <summary>
    /// Every value read as a form input sends it, in any client: a string, a number or a boolean as written, an array
    /// (a multi-select) as its readable strings joined by commas; a whole number from that text (sign and spaces allowed).
    /// </summary>
    public static T ReadAsText<T>(JsonElement? data) => Read<T>(data, asText: true);

    private static T Read<T>(JsonElement? data, bool asText)
    {
        var info = (JsonTypeInfo<T>)Options.GetTypeInfo(typeof(T));
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            // Only values that fit their property are copied, so the serializer below meets nothing it could throw on.
            writer.WriteStartObject();
            foreach (var property in info.Properties)
            {
                if (property.Set is not null && data.TryGetMember(property.Name, out var value))
                {
                    Copy(writer, property, value, asText);
                }
            }

            writer.WriteEndObject();
        }

        return JsonSerializer.Deserialize(buffer.WrittenSpan, info)!;
    }

    private static void Copy(Utf8JsonWriter writer, JsonPropertyInfo property, JsonElement value, bool asText)
    {
        if (property.PropertyType == typeof(string))
        {
            if ((asText ? Text(value) : value.TryGetText(out var text) ? text : null) is { } readable)
            {
                writer.WriteString(property.Name, readable);
            }
        }
        else if (property.PropertyType == typeof(int) || property.PropertyType == typeof(int?))
        {
            if ((asText ? WholeNumberOfText(value) : WholeNumber(value)) is { } number)
            {
                writer.WriteNumber(property.Name, number);
            }
        }
        else
        {
            throw new InvalidOperationException(
                $"{property.DeclaringType.Name}.{property.Name}: card data records hold only string, int and int? properties.");
        }
    }

    private static int? WholeNumber(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Number when value.TryGetInt32(out var number) => number,
        JsonValueKind.String when value.TryGetText(out var text)
            && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) => number,
        _ => null,
    };

    private static int? WholeNumberOfText(JsonElement value) =>
        int.TryParse(Text(value), NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) ? number : null;

    private static string? Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.TryGetText(out var text) ? text : null,
        JsonValueKind.Number => value.GetRawText(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Array => string.Join(",", value.EnumerateArray().Select(e => e.TryGetText(out var text) ? text : null).OfType<string>()),
        _ => null,
    };
}
