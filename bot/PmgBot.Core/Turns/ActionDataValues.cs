using System.Globalization;
using System.Text.Json;
using PmgBot.Core.Protocol;

namespace PmgBot.Core.Turns;

/// <summary>
/// Reads single values from a card action's data (<see cref="TurnContext.ActionData"/>). Untrusted input: wrong kinds
/// and text that is not readable (<see cref="UntrustedJson"/>) read as absent.
/// </summary>
public static class ActionDataValues
{
    /// <summary>The string value of <paramref name="name"/>, or null when absent, not a string or not readable text.</summary>
    public static string? String(JsonElement? data, string name) => data.TextOf(name);

    /// <summary>A whole number given as a JSON number or as digits in a string, or null.</summary>
    public static int? Int(JsonElement? data, string name)
    {
        if (!data.TryGetMember(name, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.Number when value.TryGetInt32(out var number) => number,
            JsonValueKind.String when value.TryGetText(out var text)
                && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) => number,
            _ => null,
        };
    }
}
