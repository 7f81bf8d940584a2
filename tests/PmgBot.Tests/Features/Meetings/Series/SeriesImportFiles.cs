using PmgBot.Tests.Integration;

namespace PmgBot.Tests.Features.Meetings.Series;

/// <summary>Import files with a <c>meetingSeries</c> section, on the integration tests' directory.</summary>
internal static class SeriesImportFiles
{
    /// <summary>A valid series of JPP Heerlen: Tuesdays 13:30, three hours, every two weeks from 1 December 2026.</summary>
    public static readonly IReadOnlyList<(string Field, string Json)> Heerlen =
    [
        ("jpp", "\"jpp-heerlen\""),
        ("weekday", "\"dinsdag\""),
        ("startTime", "\"13:30\""),
        ("minutes", "180"),
        ("everyWeeks", "2"),
        ("anchorDate", "\"2026-12-01\""),
        ("organizerMailbox", "\"JPP.Heerlen@heerlen.example\""),
        ("chairs", $"[\"{TestDirectory.VoorzitterHeerlen}\", \"{TestDirectory.TweedeVoorzitterHeerlen.ToUpperInvariant()}\"]"),
        ("procesregisseur", $"\"{TestDirectory.ProcesregisseurHeerlen}\""),
        ("coreMembers", $"[\"{TestDirectory.Politie}\"]"),
        ("cancelledDates", "[\"2026-12-29\"]"),
        ("closingDays", "[\"2027-02-08\", \"09-02-2027\"]"),
        ("reviewWeeks", "{ \"groen\": 6, \"oranje\": 3 }"),
    ];

    /// <summary>The Heerlen row with fields replaced (a null value leaves the field out).</summary>
    public static string Row(params (string Field, string? Json)[] changes)
    {
        var fields = Heerlen.Select(f => (f.Field, Json: (string?)f.Json)).ToList();
        foreach (var (field, json) in changes)
        {
            var at = fields.FindIndex(f => f.Field == field);
            if (at < 0)
            {
                fields.Add((field, json));
            }
            else
            {
                fields[at] = (field, json);
            }
        }

        return "{ " + string.Join(", ", fields.Where(f => f.Json is not null).Select(f => $"\"{f.Field}\": {f.Json}")) + " }";
    }

    /// <summary>The test directory (with its professionals) plus the given series rows.</summary>
    public static string WithDirectory(params string[] rows) =>
        TestDirectory.Json.TrimEnd().TrimEnd('}').TrimEnd() + ",\n  \"meetingSeries\": [\n    " + string.Join(",\n    ", rows) + "\n  ]\n}";

    /// <summary>Only series rows: checked against the professionals already stored.</summary>
    public static string Only(params string[] rows) => "{ \"meetingSeries\": [ " + string.Join(", ", rows) + " ] }";
}
