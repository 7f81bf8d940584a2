using System.Diagnostics;
using System.Text.Json;

namespace PmgBot.Tests.Support;

/// <summary>
/// One request the fake Graph server received. <see cref="RawTarget"/> is the path as sent (the SDK writes '@' in a
/// mailbox as %40); <see cref="Mailbox"/> is decoded. The JSON body is read case-insensitively (<see cref="Get"/>):
/// event bodies come in camelCase, action bodies (getSchedule, cancel) in PascalCase.
/// </summary>
public sealed record FakeGraphRequest(
    int Sequence,
    FakeGraphOperation Operation,
    string Method,
    string RawTarget,
    string? Mailbox,
    string? EventId,
    IReadOnlyDictionary<string, string> Headers,
    string Body,
    long ReceivedTimestamp,
    long RespondedTimestamp,
    int StatusCode)
{
    /// <summary>Time from this request's answer to <paramref name="next"/>'s arrival (monotonic clock).</summary>
    public TimeSpan GapUntil(FakeGraphRequest next) => Stopwatch.GetElapsedTime(RespondedTimestamp, next.ReceivedTimestamp);

    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;

    /// <summary>The value at a path of property names (any case), or null when it is not there.</summary>
    public JsonElement? Get(params string[] path)
    {
        if (string.IsNullOrEmpty(Body))
        {
            return null;
        }

        using var document = JsonDocument.Parse(Body);
        var current = document.RootElement;
        foreach (var name in path)
        {
            if (current.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            var found = current.EnumerateObject().Where(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase)).Select(p => (JsonElement?)p.Value).FirstOrDefault();
            if (found is null)
            {
                return null;
            }

            current = found.Value;
        }

        return current.Clone();
    }

    public string? Text(params string[] path) => Get(path) is { ValueKind: JsonValueKind.String } value ? value.GetString() : null;

    public bool Has(params string[] path) => Get(path) is not null;
}
