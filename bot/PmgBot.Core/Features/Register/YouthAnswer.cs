using System.Text.Json.Nodes;

namespace PmgBot.Core.Features.Register;

/// <summary>
/// What a lookup or an opened code shows the user: <paramref name="Card"/> (youth, youth-contact or youth-choices), or
/// null for the "geen jongere gevonden" answer. <paramref name="Outcome"/> is a <see cref="Core.Register.Lookup.YouthLookupOutcomes"/>
/// value; <paramref name="Codes"/> the codes shown (for the audit; never names).
/// </summary>
public sealed record YouthAnswer(string Outcome, JsonObject? Card, IReadOnlyList<string> Codes);
