using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using PmgBot.Core.Text;

namespace PmgBot.Core.Protocol;

/// <summary>
/// Reads values from untrusted JSON (activity value, card data, entities, channelData) without throwing. A string
/// that is not valid text (a lone surrogate such as <c>"\ud800"</c>, invalid UTF-8 bytes, U+0000) reads as absent, like a
/// value of the wrong kind; a property name that is not valid text is skipped. <see cref="JsonElement.GetString"/>
/// and <see cref="JsonElement.TryGetProperty(string, out JsonElement)"/> throw on such input: use these instead.
/// </summary>
public static class UntrustedJson
{
    /// <summary>The property <paramref name="name"/> of an object; false when not an object or absent (the last one wins, as in <see cref="JsonElement.TryGetProperty(string, out JsonElement)"/>).</summary>
    public static bool TryGetMember(this JsonElement element, string name, out JsonElement value)
    {
        ArgumentNullException.ThrowIfNull(name);
        value = default;
        if (element.ValueKind != JsonValueKind.Object)
        {
            return false;
        }

        try
        {
            return element.TryGetProperty(name, out value);
        }
        catch (InvalidOperationException)
        {
            // Another property's name is not valid text: look at the readable names one by one.
            return TryFindAmongReadableNames(element, name, out value);
        }
    }

    /// <summary>The property <paramref name="name"/> of <paramref name="element"/> when that is an object.</summary>
    public static bool TryGetMember(this JsonElement? element, string name, out JsonElement value)
    {
        if (element is { } present)
        {
            return present.TryGetMember(name, out value);
        }

        value = default;
        return false;
    }

    /// <summary>
    /// The string value as valid UTF-16; false for any other kind, for text that cannot be read, and for text holding
    /// U+0000 (no typed input holds it, and PostgreSQL cannot store it: <see cref="StoredText"/>).
    /// </summary>
    public static bool TryGetText(this JsonElement element, [NotNullWhen(true)] out string? text)
    {
        text = null;
        if (element.ValueKind != JsonValueKind.String)
        {
            return false;
        }

        string? value;
        try
        {
            value = element.GetString();
        }
        catch (InvalidOperationException)
        {
            return false;
        }

        if (value is null || !UnicodeText.IsWellFormed(value) || !StoredText.Fits(value, null))
        {
            return false;
        }

        text = value;
        return true;
    }

    /// <summary>The text of the string property <paramref name="name"/>, or null when absent, not a string or not readable.</summary>
    public static string? TextOf(this JsonElement? element, string name) =>
        element.TryGetMember(name, out var value) && value.TryGetText(out var text) ? text : null;

    /// <summary>The text of the string property <paramref name="name"/>, or null when absent, not a string or not readable.</summary>
    public static string? TextOf(this JsonElement element, string name) =>
        element.TryGetMember(name, out var value) && value.TryGetText(out var text) ? text : null;

    private static bool TryFindAmongReadableNames(JsonElement element, string name, out JsonElement value)
    {
        value = default;
        var found = false;
        foreach (var property in element.EnumerateObject())
        {
            bool matches;
            try
            {
                matches = property.NameEquals(name);
            }
            catch (InvalidOperationException)
            {
                continue;
            }

            if (matches)
            {
                value = property.Value;
                found = true;
            }
        }

        return found;
    }
}
