using System.Globalization;
using System.Text.Json;

namespace PmgBot.Bot.Routing;

/// <summary>Reads single values from a card action's data (<see cref="TurnContext.ActionData"/>). Untrusted input: wrong kinds read as absent.</summary>
public static class ActionDataValues
{
    /// <summary>The string value of <paramref name="name"/>, or null when absent or not a string.</summary>
    public static string? String(JsonElement? data, string name) =>
        data is { ValueKind: JsonValueKind.Object } obj
        && obj.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    /// <summary>A whole number given as a JSON number or as digits in a string, or null.</summary>
    public static int? Int(JsonElement? data, string name)
    {
        if (data is not { ValueKind: JsonValueKind.Object } obj || !obj.TryGetProperty(name, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.Number when value.TryGetInt32(out var number) => number,
            JsonValueKind.String when int.TryParse(value.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var number) => number,
            _ => null,
        };
    }
}
