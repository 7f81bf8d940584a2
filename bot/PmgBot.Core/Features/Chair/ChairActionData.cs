using System.Text.Json;
using PmgBot.Core.Protocol;
using PmgBot.Core.Register;
using PmgBot.Core.Turns;

namespace PmgBot.Core.Features.Chair;

/// <summary>
/// The data of a chair-card verb, untrusted: <c>code</c> and <c>version</c> (number or numeric text; anything else
/// counts as a stale card), and the inputs by their ids (<see cref="YouthRecordFields"/>; an input that is not a string or
/// not readable text counts as empty). Only lookup keys and input: the service decides everything on the server.
/// </summary>
public sealed record ChairActionData(string? Code, int Version, IReadOnlyDictionary<string, string> Inputs)
{
    private static readonly string[] Fields =
    [
        YouthRecordFields.Casusregisseur, YouthRecordFields.Level, YouthRecordFields.LevelReason, YouthRecordFields.Procesregisseur,
        YouthRecordFields.Organisation, YouthRecordFields.Jpp, YouthRecordFields.ShareReason,
    ];

    private static readonly Dictionary<string, YouthLevel> Levels = new(StringComparer.OrdinalIgnoreCase)
    {
        ["geen"] = YouthLevel.Geen,
        ["groen"] = YouthLevel.Groen,
        ["oranje"] = YouthLevel.Oranje,
        ["rood"] = YouthLevel.Rood,
        ["afgesloten"] = YouthLevel.Afgesloten,
    };

    public string? this[string field] => Inputs.TryGetValue(field, out var value) ? value : null;

    /// <summary>The chosen level, or null when none (or an unknown value) was sent.</summary>
    public YouthLevel? Level => this[YouthRecordFields.Level] is { } text && Levels.TryGetValue(text.Trim(), out var level) ? level : null;

    public static ChairActionData From(JsonElement? data)
    {
        if (data is not { ValueKind: JsonValueKind.Object } obj)
        {
            return new ChairActionData(null, -1, new Dictionary<string, string>());
        }

        var inputs = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var field in Fields)
        {
            if (obj.TextOf(field) is { } value)
            {
                inputs[field] = value;
            }
        }

        return new ChairActionData(ActionDataValues.String(obj, "code"), ActionDataValues.Int(obj, "version") ?? -1, inputs);
    }

    /// <summary>The value shown for a level in the card's ChoiceSet.</summary>
    public static string ValueOf(YouthLevel level) => Levels.First(l => l.Value == level).Key;
}
