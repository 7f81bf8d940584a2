using System.Text.Json;
using PmgBot.Core.Protocol;
using PmgBot.Core.Register;
using PmgBot.Core.Turns;

namespace PmgBot.Core.Features.Chair;

/// <summary>
/// The data of a chair-card verb, untrusted, read with <c>CardSubmitData.Read</c>: <c>code</c> and <c>version</c> (number or
/// numeric text; anything else counts as a stale card, <see cref="CardVersion"/>), and the inputs by their ids
/// (<see cref="YouthRecordFields"/>; an input that is not a string or not readable text is absent). Only lookup keys and
/// input: the service decides everything on the server.
/// </summary>
public sealed record ChairActionData(
    string? Code = null,
    int? Version = null,
    string? Casusregisseur = null,
    string? Level = null,
    string? LevelReason = null,
    string? Procesregisseur = null,
    string? Organisation = null,
    string? Jpp = null,
    string? ShareReason = null)
{
    private static readonly Dictionary<string, YouthLevel> Levels = new(StringComparer.OrdinalIgnoreCase)
    {
        ["geen"] = YouthLevel.Geen,
        ["groen"] = YouthLevel.Groen,
        ["oranje"] = YouthLevel.Oranje,
        ["rood"] = YouthLevel.Rood,
        ["afgesloten"] = YouthLevel.Afgesloten,
    };

    /// <summary>The version the card showed, or -1 (never current) when none was readable.</summary>
    public int CardVersion => Version ?? -1;

    /// <summary>The chosen level, or null when none (or an unknown value) was sent.</summary>
    public YouthLevel? ChosenLevel => Level is { } text && Levels.TryGetValue(text.Trim(), out var level) ? level : null;

    /// <summary>The value shown for a level in the card's ChoiceSet.</summary>
    public static string ValueOf(YouthLevel level) => Levels.First(l => l.Value == level).Key;
}
