using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace PmgBot.Core.Features.Meetings.Agenda;

/// <summary>
/// The JSON form of the planner's records (camelCase): <c>{"items":[{"id":…,"minutes":…,"partners":[…],"pin":…,"notBefore":…}]}</c>
/// in, <see cref="AgendaPlan"/> out. Unknown properties are ignored; a value of the wrong type (a string for minutes,
/// a fraction, an object for partners), a repeated property or text that is not JSON is a Dutch message with the place.
/// </summary>
public static class AgendaJson
{
    public const string ExpectedShape = """{"items":[{"id":"PMG-J-0017","minutes":10,"partners":["politie","halt"]}]}""";

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        AllowDuplicateProperties = false,
        // The output goes to a terminal or a file, never into HTML: keep ids such as "Zoë" or "a+b" readable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Reads a request from UTF-8 JSON (a byte order mark is allowed); never throws on bad input.</summary>
    public static AgendaReadResult Read(ReadOnlyMemory<byte> utf8Json)
    {
        if (utf8Json.Span.StartsWith("\uFEFF"u8))
        {
            utf8Json = utf8Json[3..];
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8Json);
        }
        catch (JsonException ex)
        {
            return AgendaReadResult.Failed(string.Create(CultureInfo.InvariantCulture,
                $"Het bestand is geen geldige JSON (regel {(ex.LineNumber ?? 0) + 1}, positie {(ex.BytePositionInLine ?? 0) + 1})."));
        }

        using (document)
        {
            try
            {
                return document.RootElement.Deserialize<AgendaRequest>(Options) is { } request
                    ? AgendaReadResult.Read(request)
                    : AgendaReadResult.Failed(WrongShape("$"));
            }
            catch (JsonException ex)
            {
                return AgendaReadResult.Failed(WrongShape(ex.Path ?? "$"));
            }
            catch (InvalidOperationException)
            {
                // A string that is not valid text (a lone surrogate such as "\ud800") cannot be read as a string.
                return AgendaReadResult.Failed("Het bestand bevat tekst die geen geldige Unicode is.");
            }
        }
    }

    /// <summary>The plan as one line of compact JSON (no trailing newline).</summary>
    public static string Write(AgendaPlan plan) => JsonSerializer.Serialize(plan, Options);

    private static string WrongShape(string path) =>
        $"Het bestand heeft niet de verwachte vorm bij {path}; verwacht wordt bijvoorbeeld {ExpectedShape}";
}
