using System.Text.Json.Nodes;

namespace PmgBot.Tests.Cards;

/// <summary>
/// No template shows a literal text (issue 16): every property a user reads — text, title, label, placeholder,
/// errorMessage, altText, fallbackText, speak, tooltip, and a fact's value — is made only of bindings (<c>${t.…}</c>
/// for the card's own words, data for the rest) and punctuation, so each card is the same in Dutch and English. A
/// quoted string inside an expression counts as a literal too (<c>${if(x, 'ja', 'nee')}</c>).
/// </summary>
public sealed class CardLiteralTextTests
{
    private static readonly HashSet<string> VisibleProperties =
        ["text", "title", "label", "placeholder", "errorMessage", "altText", "fallbackText", "speak", "tooltip"];

    public static TheoryData<string> TemplateNames => CardSamples.TemplateNames;

    [Theory]
    [MemberData(nameof(TemplateNames))]
    public void Template_VisibleTexts_AreBindingsNotLiterals(string name)
    {
        var template = JsonNode.Parse(File.ReadAllText(CardSamples.TemplatePath(name)))!;

        var literals = Literals(template, "$", inFacts: false).ToList();

        Assert.True(literals.Count == 0, $"{name}: literal texts (put them in CardTexts as {name}.<name> and bind ${{t.<name>}}):\n" + string.Join("\n", literals));
    }

    [Theory]
    [InlineData("""{"type":"TextBlock","text":"Mijn acties"}""", true)]
    [InlineData("""{"type":"TextBlock","text":"Uiterlijk ${due}"}""", true)]
    [InlineData("""{"type":"TextBlock","text":"${if(done, 'klaar', '')}"}""", true)]
    [InlineData("""{"type":"Input.Text","id":"x","label":"Reden"}""", true)]
    [InlineData("""{"type":"Input.Text","id":"x","placeholder":"Kies"}""", true)]
    [InlineData("""{"type":"Input.Text","id":"x","errorMessage":"Vul in"}""", true)]
    [InlineData("""{"type":"Image","url":"https://x/y.png","altText":"Logo"}""", true)]
    [InlineData("""{"type":"AdaptiveCard","fallbackText":"Kaart"}""", true)]
    [InlineData("""{"type":"Action.Execute","title":"Openen","verb":"open"}""", true)]
    [InlineData("""{"type":"FactSet","facts":[{"title":"${t.jpp}","value":"Heerlen"}]}""", true)]
    [InlineData("""{"type":"TextBlock","text":"${t.title} ${code}"}""", false)]
    [InlineData("""{"type":"TextBlock","text":"${$root.t.due} ${due} · ${status}"}""", false)]
    [InlineData("""{"type":"TextBlock","text":"${join(roles, ', ')} (${count(items)}): –"}""", false)]
    [InlineData("""{"type":"FactSet","facts":[{"title":"${t.jpp}","value":"${jppName}"}]}""", false)]
    [InlineData("""{"type":"Input.ChoiceSet","id":"x","choices":[{"title":"${t.yes}","value":"ja"}]}""", false)]
    [InlineData("""{"type":"Action.Execute","title":"${t.open}","verb":"actionItem.open","style":"positive"}""", false)]
    public void Literals_Element_FoundOnlyWhenAUserReadsThem(string json, bool found)
    {
        var literals = Literals(JsonNode.Parse(json)!, "$", inFacts: false).ToList();

        Assert.Equal(found, literals.Count > 0);
    }

    private static IEnumerable<string> Literals(JsonNode? node, string path, bool inFacts)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, value) in obj)
                {
                    var at = path + "." + key;
                    if (value is JsonValue text && text.TryGetValue<string>(out var s)
                        && (VisibleProperties.Contains(key) || (inFacts && key == "value"))
                        && IsLiteral(s))
                    {
                        yield return $"{at}: \"{s}\"";
                    }

                    foreach (var literal in Literals(value, at, inFacts: key == "facts"))
                    {
                        yield return literal;
                    }
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    foreach (var literal in Literals(array[i], $"{path}[{i}]", inFacts))
                    {
                        yield return literal;
                    }
                }

                break;
        }
    }

    /// <summary>True when a letter is left outside the <c>${…}</c> expressions, or inside a quoted string in one.</summary>
    private static bool IsLiteral(string value)
    {
        var i = 0;
        while (i < value.Length)
        {
            if (value.AsSpan(i).StartsWith("${", StringComparison.Ordinal))
            {
                var end = ExpressionEnd(value, i + 1);
                if (QuotedStrings(value[(i + 2)..Math.Max(i + 2, end)]).Any(q => q.Any(char.IsLetter)))
                {
                    return true;
                }

                i = end + 1;
            }
            else if (char.IsLetter(value[i]))
            {
                return true;
            }
            else
            {
                i++;
            }
        }

        return false;
    }

    /// <summary>The index of the brace that closes the expression whose opening brace is at <paramref name="open"/>.</summary>
    private static int ExpressionEnd(string value, int open)
    {
        var depth = 0;
        var quoted = false;
        for (var i = open; i < value.Length; i++)
        {
            switch (value[i])
            {
                case '\'':
                    quoted = !quoted;
                    break;
                case '{' when !quoted:
                    depth++;
                    break;
                case '}' when !quoted:
                    if (--depth == 0)
                    {
                        return i;
                    }

                    break;
            }
        }

        return value.Length - 1;
    }

    private static IEnumerable<string> QuotedStrings(string expression)
    {
        var parts = expression.Split('\'');
        for (var i = 1; i < parts.Length; i += 2)
        {
            yield return parts[i];
        }
    }
}
