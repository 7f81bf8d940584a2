using System.Text;
using System.Text.Json.Nodes;
using PmgBot.Tests.Integration;

namespace PmgBot.Tests.Protocol;

/// <summary>
/// Seeded generator of malformed requests for <c>POST /api/messages</c>. Most cases start from a Teams-shaped activity
/// (message, Action.Submit message, <c>adaptiveCard/action</c> invoke for every verb of the route table,
/// conversationUpdate, installationUpdate, other types) and change one to three things: a field set to a value of the
/// wrong type, a blank, a huge or broken string (lone surrogates, invalid UTF-8, non-characters, NUL), deep nesting, a
/// field removed, or an array (membersAdded, membersRemoved, attachments, entities) with nulls and odd members; card
/// data of invokes and submits gets wrong or missing values for every field the flows read. The rest are broken bodies
/// (truncated, empty, not an object, BOM, UTF-16, flipped bytes, over the size limit). Content types vary.
/// Broken text is written as placeholders in the JSON tree and put in as raw escapes or bytes after serialising
/// (see <see cref="RawJson"/>), because a JSON tree cannot hold it.
/// </summary>
internal sealed class MalformedActivityGenerator(int seed, FuzzTargets targets)
{
    private const string LoneHigh = "@@HI@@";
    private const string LoneLow = "@@LO@@";
    private const string ByteFF = "@@FF@@";
    private const string Overlong = "@@C080@@";
    private const string Cesu = "@@CESU@@";
    private const string Truncated = "@@TRUNC@@";

    /// <summary>Placeholder → its text in the serialised JSON (JSON escapes, or ¤XX bytes for <see cref="RawJson"/>).</summary>
    private static readonly (string Placeholder, string Raw)[] Placeholders =
    [
        (LoneHigh, "\\ud800"), (LoneLow, "\\udfff"), (ByteFF, "¤FF"), (Overlong, "¤C0¤80"), (Cesu, "¤ED¤A0¤80"), (Truncated, "¤E2¤82"),
    ];

    private static readonly string[] CommonPaths =
    [
        "type", "id", "name", "channelId", "serviceUrl", "timestamp", "locale", "text", "textFormat", "replyToId", "action", "summary",
        "from", "from.id", "from.name", "from.aadObjectId", "from.role", "recipient", "recipient.id", "recipient.name",
        "conversation", "conversation.id", "conversation.conversationType", "conversation.tenantId", "conversation.isGroup", "conversation.name",
        "channelData", "channelData.tenant", "channelData.tenant.id", "value", "entities", "attachments", "membersAdded", "membersRemoved",
    ];

    private static readonly string[] ArrayPaths = ["entities", "attachments", "membersAdded", "membersRemoved"];

    private static readonly string[] Commands =
    [
        "help", "menu", "hulp", "?", "mijn gegevens", "privacy", "netwerkoverzicht", "melding", "mijn meldingen", "screening", "mijn casussen",
        "casusregisseur Jan de Vries", "wie is de casusregisseur van Jan de Vries (12-03-2010)", "wie is de casusregisseur van PMG-J-0001",
        "ik maak me zorgen over een leerling", "rol voorzitter", "rol", "iets onbekends",
    ];

    private static readonly (string? Value, int Weight)[] ContentTypes =
    [
        ("application/json", 80), ("application/json; charset=utf-8", 4), ("text/plain", 3), ("application/xml", 2),
        ("application/x-www-form-urlencoded", 2), ("multipart/form-data; boundary=xyz", 2), ("application/json; charset=utf-16", 2),
        (null, 2), ("garbage;;=", 2), ("*/*", 1),
    ];

    private readonly Random _random = new(seed);

    public IEnumerable<FuzzCase> Generate(int count)
    {
        for (var number = 1; number <= count; number++)
        {
            yield return Next(number);
        }
    }

    private FuzzCase Next(int number)
    {
        var contentType = PickContentType();
        if (_random.Next(100) < 8)
        {
            var (label, body) = RawBody(number);
            return new FuzzCase(number, "raw body: " + label, body, contentType);
        }

        var (activity, template) = Template(number);
        var changes = new List<string>();
        var mutations = _random.Next(100) < 8 ? 0 : 1 + _random.Next(3);
        for (var i = 0; i < mutations; i++)
        {
            changes.Add(Mutate(activity, template));
        }

        var description = $"{template}: " + (changes.Count == 0 ? "unchanged" : string.Join("; ", changes));
        return new FuzzCase(number, description, Serialise(activity), contentType);
    }

    // ---- templates ------------------------------------------------------------------------------------------------

    private (JsonObject Activity, string Template) Template(int number)
    {
        var user = _random.Next(2) == 0 ? targets.Chair : Pick(targets.Users);
        var personal = $"a:fuzz-{number}";
        switch (_random.Next(12))
        {
            case 0 or 1 or 2:
            {
                var text = Pick(Commands);
                return (TestActivities.Message(text, user, personal, id: $"fuzz-{number}"), $"message '{text}'");
            }

            case 3:
            {
                var text = Pick(Commands);
                var group = TestActivities.GroupMessage(text, user);
                group["id"] = $"fuzz-{number}";
                group["conversation"]!["id"] = $"19:fuzz-{number}@thread.v2";
                return (group, $"group message '{text}'");
            }

            case 4 or 5 or 6 or 7:
            {
                var verb = _random.Next(20) == 0 ? "doesNotExist" : Pick(targets.Verbs);
                return (TestActivities.Invoke(verb, PlausibleData(), user, personal, id: $"fuzz-{number}"), $"invoke {verb}");
            }

            case 8:
            {
                var verb = Pick(targets.Verbs);
                var submit = TestActivities.Message("", user, personal, id: $"fuzz-{number}");
                var value = PlausibleData();
                value["verb"] = verb;
                submit["value"] = value;
                return (submit, $"Action.Submit message {verb}");
            }

            case 9:
            {
                var added = TestActivities.BotAdded(user, personal);
                added["id"] = $"fuzz-{number}";
                if (_random.Next(2) == 0)
                {
                    added["membersRemoved"] = added["membersAdded"]!.DeepClone();
                    added.Remove("membersAdded");
                    return (added, "conversationUpdate membersRemoved");
                }

                return (added, "conversationUpdate membersAdded");
            }

            case 10:
            {
                var action = Pick(["add", "remove", "remove-upgrade", "add-upgrade"]);
                var update = TestActivities.InstallationUpdate(action, user, personal);
                update["id"] = $"fuzz-{number}";
                return (update, $"installationUpdate {action}");
            }

            default:
            {
                var other = TestActivities.Invoke(Pick(targets.Verbs), PlausibleData(), user, personal, id: $"fuzz-{number}");
                var (type, name) = Pick<(string, string?)>([("typing", null), ("event", "some/event"), ("messageReaction", null),
                    ("invoke", "task/fetch"), ("invoke", "composeExtension/query"), ("invoke", ""), ("endOfConversation", null)]);
                other["type"] = type;
                other["name"] = name;
                return (other, $"{type} '{name}'");
            }
        }
    }

    /// <summary>Card data as a real card would send it: a few of the known fields with plausible values.</summary>
    private JsonObject PlausibleData()
    {
        var data = new JsonObject();
        foreach (var field in targets.DataFields)
        {
            if (_random.Next(3) == 0)
            {
                data[field] = field switch
                {
                    "code" => Pick(targets.Codes),
                    "version" or "cardVersion" => _random.Next(4),
                    "cardId" => Guid.NewGuid().ToString(),
                    "dateOfBirth" => "2012-03-12",
                    "subject" => Pick(["jongere", "groep", "locatie"]),
                    "municipality" => Pick(["heerlen", "brunssum"]),
                    "decision" => Pick(["agenda", "referral", "none"]),
                    "resolution" => Pick(["merge", "apart"]),
                    "level" => Pick(["groen", "oranje", "rood", "geen", "afgesloten"]),
                    "role" => Pick(["voorzitter", "procesregisseur", "onbekend"]),
                    _ => "Tekst " + field,
                };
            }
        }

        return data;
    }

    // ---- mutations ------------------------------------------------------------------------------------------------

    private string Mutate(JsonObject activity, string template)
    {
        var isCard = template.StartsWith("invoke", StringComparison.Ordinal) || template.StartsWith("Action.Submit", StringComparison.Ordinal);
        var dataPath = template.StartsWith("invoke", StringComparison.Ordinal) ? "value.action.data" : "value";
        var roll = _random.Next(100);
        if (isCard && roll < 35)
        {
            // Every field the flows read gets a chance at a wrong value or none at all.
            var changed = new List<string>();
            foreach (var field in targets.DataFields.Where(_ => _random.Next(3) == 0))
            {
                if (_random.Next(5) == 0)
                {
                    Remove(activity, $"{dataPath}.{field}");
                    changed.Add($"{field} removed");
                }
                else
                {
                    var (label, value) = Weird();
                    Set(activity, $"{dataPath}.{field}", value);
                    changed.Add($"{field} = {label}");
                }
            }

            return $"data {{{string.Join(", ", changed)}}}";
        }

        if (isCard && roll < 45)
        {
            var path = template.StartsWith("invoke", StringComparison.Ordinal)
                ? Pick(["value.action", "value.action.verb", "value.action.data", "value.action.type", "value.trigger"])
                : Pick(["value", "value.verb"]);
            var (label, value) = Weird();
            Set(activity, path, value);
            return $"{path} = {label}";
        }

        if (roll < 60)
        {
            var path = Pick(ArrayPaths);
            var (label, value) = OddArray();
            Set(activity, path, value);
            return $"{path} = {label}";
        }

        if (roll < 70)
        {
            var path = Pick(CommonPaths);
            Remove(activity, path);
            return $"{path} removed";
        }

        {
            var path = Pick(CommonPaths);
            var (label, value) = Weird();
            Set(activity, path, value);
            return $"{path} = {label}";
        }
    }

    /// <summary>A value of a wrong type, blank, huge, broken or nested too deep.</summary>
    private (string Label, JsonNode? Value) Weird()
    {
        return _random.Next(52) switch
        {
            0 => ("null", null),
            1 => ("0", 0),
            2 => ("-1", -1),
            3 => ("1.5", 1.5),
            4 => ("1e308", JsonNode.Parse("1e308")),
            5 => ("30-digit integer", JsonNode.Parse("123456789012345678901234567890")),
            6 => ("true", true),
            7 => ("false", false),
            8 => ("empty string", ""),
            9 => ("one space", " "),
            10 => ("tab and new line", "\t\n"),
            11 => ("{}", new JsonObject()),
            12 => ("[]", new JsonArray()),
            13 => ("[null]", new JsonArray((JsonNode?)null)),
            14 => ("[1,\"x\",{},[],null]", new JsonArray(1, "x", new JsonObject(), new JsonArray(), null)),
            15 => ("{\"a\":null}", new JsonObject { ["a"] = null }),
            16 => ("string of 100,000 chars", new string('x', 100_000)),
            17 => ("string of 5,000 emoji", string.Concat(Enumerable.Repeat("\U0001F600", 5_000))),
            18 => ("string of 300,000 chars (body over the limit)", new string('y', 300_000)),
            19 => ("lone high surrogate", $"a{LoneHigh}b"),
            20 => ("lone low surrogate", LoneLow),
            21 => ("invalid UTF-8 byte 0xFF", $"x{ByteFF}"),
            22 => ("overlong UTF-8", Overlong),
            23 => ("UTF-8 encoded surrogate", Cesu),
            24 => ("truncated UTF-8", $"ab{Truncated}"),
            25 => ("U+FFFE", "he\uFFFElp"),
            26 => ("U+FFFF", "\uFFFF"),
            27 => ("U+FDD0", "menu\uFDD0"),
            28 => ("U+10FFFE", "\U0010FFFE"),
            29 => ("NUL", "a\u0000b"),
            30 => ("control characters", "\u0001\u001f\u007f"),
            31 => ("RTL override", "\u202Ehelp"),
            32 => ("zero-width space", "h\u200Belp"),
            33 => ("50 combining marks", "e" + string.Concat(Enumerable.Repeat("\u0301", 50))),
            34 => ("markup", "<at>PmgBot</at> **x** ${name} {{x}} <script>x</script>"),
            35 => ("existing code", Pick(targets.Codes)),
            36 => ("unknown report reference", "PMG-2026-99999"),
            37 => ("unknown youth code", "PMG-J-9999"),
            38 => ("digits", "42"),
            39 => ("negative digits", "-5"),
            40 => ("20 digits", "99999999999999999999"),
            41 => ("31 February", "2012-02-31"),
            42 => ("year 1", "0001-01-01"),
            43 => ("year 9999", "9999-12-31"),
            44 => ("Dutch date", "31-12-2010"),
            45 => ("array nested 60 deep", Nested(60, array: true)),
            46 => ("object nested 60 deep", Nested(60, array: false)),
            47 => ("array nested 200 deep (over the depth limit)", Nested(200, array: true)),
            48 => ("object with a lone-surrogate key", new JsonObject { [LoneHigh] = 1, ["a"] = "b" }),
            49 => ("object with an invalid UTF-8 key", new JsonObject { [ByteFF] = "x" }),
            50 => ("a known verb", Pick(targets.Verbs)),
            _ => ("padded command", "   help   "),
        };
    }

    /// <summary>An array with nulls, values of the wrong type or odd members.</summary>
    private (string Label, JsonNode Value) OddArray() => _random.Next(14) switch
    {
        0 => ("[null]", new JsonArray((JsonNode?)null)),
        1 => ("[null, bot]", new JsonArray(null, Account(TestActivities.BotId))),
        2 => ("[{id:null}]", new JsonArray(new JsonObject { ["id"] = null })),
        3 => ("[{}]", new JsonArray(new JsonObject())),
        4 => ("[42,\"x\",true]", new JsonArray(42, "x", true)),
        5 => ("[[]]", new JsonArray(new JsonArray())),
        6 => ("[{id:lone surrogate}]", new JsonArray(new JsonObject { ["id"] = LoneHigh })),
        7 => ("[bot with aadObjectId {}]", new JsonArray(new JsonObject { ["id"] = TestActivities.BotId, ["aadObjectId"] = new JsonObject() })),
        8 => ("[{contentType:null}]", new JsonArray(new JsonObject { ["contentType"] = null })),
        9 => ("[card attachment with invalid UTF-8 content]", new JsonArray(new JsonObject { ["contentType"] = "application/vnd.microsoft.card.adaptive", ["content"] = ByteFF })),
        10 => ("[mention, mentioned:null]", new JsonArray(new JsonObject { ["type"] = "mention", ["mentioned"] = null })),
        11 => ("[mention, text:lone surrogate]", new JsonArray(new JsonObject
        {
            ["type"] = "mention", ["text"] = LoneHigh, ["mentioned"] = Account(TestActivities.BotId),
        })),
        12 => ("[mention, name:lone low surrogate]", new JsonArray(new JsonObject
        {
            ["type"] = "mention", ["mentioned"] = new JsonObject { ["id"] = TestActivities.BotId, ["name"] = LoneLow },
        })),
        _ => ("[1000 empty objects]", new JsonArray([.. Enumerable.Range(0, 1000).Select(_ => (JsonNode?)new JsonObject())])),
    };

    private static JsonObject Account(string id) => new() { ["id"] = id };

    private static JsonNode Nested(int depth, bool array)
    {
        JsonNode node = "bottom";
        for (var i = 0; i < depth; i++)
        {
            node = array ? new JsonArray(node) : new JsonObject { ["n"] = node };
        }

        return node;
    }

    /// <summary>Sets the value at a dotted path, making (or replacing) what is on the way an object.</summary>
    private static void Set(JsonObject root, string path, JsonNode? value)
    {
        var parts = path.Split('.');
        var current = root;
        foreach (var part in parts[..^1])
        {
            if (current[part] is not JsonObject next)
            {
                next = new JsonObject();
                current[part] = next;
            }

            current = next;
        }

        current[parts[^1]] = value;
    }

    private static void Remove(JsonObject root, string path)
    {
        var parts = path.Split('.');
        var current = root;
        foreach (var part in parts[..^1])
        {
            if (current[part] is not JsonObject next)
            {
                return;
            }

            current = next;
        }

        current.Remove(parts[^1]);
    }

    // ---- whole bodies ---------------------------------------------------------------------------------------------

    private (string Label, byte[] Body) RawBody(int number)
    {
        var valid = TestActivities.Message("help", conversation: $"a:fuzz-{number}", id: $"fuzz-{number}").ToJsonString();
        var validBytes = Encoding.UTF8.GetBytes(valid);
        switch (_random.Next(24))
        {
            case 0: return ("empty", []);
            case 1: return ("one space", " "u8.ToArray());
            case 2: return ("null", "null"u8.ToArray());
            case 3: return ("true", "true"u8.ToArray());
            case 4: return ("a number", "42"u8.ToArray());
            case 5: return ("a string", "\"message\""u8.ToArray());
            case 6: return ("an array of an activity", Encoding.UTF8.GetBytes("[" + valid + "]"));
            case 7: return ("truncated", validBytes[..(1 + _random.Next(validBytes.Length - 1))]);
            case 8: return ("trailing comma", Encoding.UTF8.GetBytes(valid[..^1] + ",}"));
            case 9: return ("trailing garbage", Encoding.UTF8.GetBytes(valid + "}}garbage"));
            case 10: return ("UTF-8 byte order mark", [0xEF, 0xBB, 0xBF, .. validBytes]);
            case 11: return ("UTF-16LE", Encoding.Unicode.GetBytes(valid));
            case 12: return ("type is a lone surrogate", RawJson.Bytes("{\"type\":\"\\ud800\"}"));
            case 13: return ("lone-surrogate key first", RawJson.Bytes("{\"\\ud800\":1," + valid[1..]));
            case 14: return ("type twice", Encoding.UTF8.GetBytes("{\"type\":\"invoke\"," + valid[1..]));
            case 15: return ("10,000 nested arrays", Encoding.ASCII.GetBytes(new string('[', 10_000) + new string(']', 10_000)));
            case 16: return ("300 KB of spaces around an activity", Encoding.UTF8.GetBytes(new string(' ', 300_000) + valid));
            case 17: return ("NUL bytes", new byte[64]);
            case 18:
            {
                var garbage = new byte[1 + _random.Next(512)];
                _random.NextBytes(garbage);
                return ("random bytes", garbage);
            }

            case 19: return ("invalid UTF-8 in the text", RawJson.Bytes(valid.Replace("\"help\"", "\"he¤FFlp\"", StringComparison.Ordinal)));
            case 20: return ("lone surrogate in the text", RawJson.Bytes(valid.Replace("\"help\"", "\"help\\udc00\"", StringComparison.Ordinal)));
            case 21: return ("JSON comment", Encoding.UTF8.GetBytes("/* c */" + valid));
            case 22: return ("single quotes", Encoding.UTF8.GetBytes(valid.Replace('"', '\'')));
            default:
            {
                var flipped = validBytes.ToArray();
                var flips = 1 + _random.Next(3);
                for (var i = 0; i < flips; i++)
                {
                    flipped[_random.Next(flipped.Length)] = (byte)_random.Next(256);
                }

                return ($"{flips} random byte(s) replaced", flipped);
            }
        }
    }

    private static byte[] Serialise(JsonObject activity)
    {
        var json = activity.ToJsonString();
        foreach (var (placeholder, raw) in Placeholders)
        {
            json = json.Replace(placeholder, raw, StringComparison.Ordinal);
        }

        return RawJson.Bytes(json);
    }

    // ---- picks ----------------------------------------------------------------------------------------------------

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    private string? PickContentType()
    {
        var roll = _random.Next(ContentTypes.Sum(c => c.Weight));
        foreach (var (value, weight) in ContentTypes)
        {
            if (roll < weight)
            {
                return value;
            }

            roll -= weight;
        }

        return ContentTypes[0].Value;
    }
}
