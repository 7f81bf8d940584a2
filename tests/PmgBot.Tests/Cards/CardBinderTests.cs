using System.Text.Json.Nodes;
using PmgBot.Cards;
using PmgBot.Cards.Templating;

namespace PmgBot.Tests.Cards;

/// <summary>The binder's expression subset and directives, checked against the official engine and for clear errors.</summary>
public sealed class CardBinderTests
{
    private const string Data = """
        {"name":"Sanne","n":3,"yes":true,"no":false,"empty":[],"words":["a","b"],"obj":{"k":"v","deep":{"x":"y"}},
         "items":[{"t":"één","sub":[{"u":1},{"u":2}],"on":true},{"t":"twee","sub":[],"on":false},{"t":"drie","sub":[{"u":3}],"on":true}]}
        """;

    public static TheoryData<string> DifferentialTemplates => new()
    {
        """{"a":"${name}","b":"${n}","c":"${yes}","d":"${obj}","e":"${words}","f":"${obj.deep.x}"}""",
        """{"a":"Hallo ${name}, ${n} keer ${yes}/${no}.","b":"${name}${n}","c":" ${name}","d":"geen expressie"}""",
        """{"a":"${n == 3}","b":"${n != 3}","c":"${name == 'Sanne'}","d":"${name != \"Sanne\"}","e":"${yes && no}","f":"${yes || no}","g":"${!yes}","h":"${not(no) && (n == 3 || no)}"}""",
        """{"a":"${count(words)}","b":"${count(name)}","c":"${join(words, ' en ')}","d":"${string(n)}","e":"${empty(empty)}","f":"${empty(words)}","g":"${empty(missing)}","h":"${empty('')}","i":"${empty(obj)}"}""",
        """{"list":[{"$data":"${items}","i":"${$index}","t":"${t}","root":"${$root.name}","self":"${$data.t}"}]}""",
        """{"list":[{"$data":"${items}","$when":"${on}","t":"${t} #${$index}","inner":[{"$data":"${sub}","u":"${u}","outer":"${$root.n}"}]}]}""",
        """{"list":[{"$data":"${words}","w":"- ${$data}"},{"$when":"${empty(empty)}","fallback":true},{"$when":"${no}","gone":1},{"$data":"${empty}","never":1}]}""",
        """{"scoped":{"$data":"${obj}","k":"${k}","deep":"${deep.x}","root":"${$root.name}"},"list":[{"$data":"${obj.deep}","x":"${x}"}]}""",
        """{"keep":[1,2.5,true,null,{"x":[]}],"$schema":"http://adaptivecards.io/schemas/adaptive-card.json"}""",
    };

    public static TheoryData<string, string> InvalidTemplates => new()
    {
        { """{"a":"${missing}"}""", "not bound" },
        { """{"a":"x ${obj.nope} y"}""", "not bound" },
        { """{"a":"x ${obj} y"}""", "cannot be put inside a text" },
        { """{"a":"${n + 1}"}""", "Unsupported or invalid template expression" },
        { """{"a":"${words[0]}"}""", "Unsupported or invalid template expression" },
        { """{"a":"${formatNumber(n, 2)}"}""", "function 'formatNumber' is not supported" },
        { """{"a":"${1.5}"}""", "only whole numbers" },
        { """{"a":"${name"}""", "Unterminated" },
        { """{"a":"${not(n)}"}""", "needs a true/false value" },
        { """{"a":"${count(n)}"}""", "count() needs a list or text" },
        { """{"l":[{"$when":"${name}"}]}""", "must evaluate to true or false" },
        { """{"l":[{"$data":"${name}"}]}""", "needs an object or a list" },
        { """{"l":[{"$data":"lijst"}]}""", "must be a single" },
        { """{"o":{"$when":"${yes}"}}""", "only supported on elements of a list" },
        { """{"o":{"$data":"${items}"}}""", "only supported on elements of a list" },
        { """{"a":"${$host.x}"}""", "Unsupported template variable" },
        { """{"a":"${$index}"}""", "'$index' is only available" },
    };

    [Theory]
    [MemberData(nameof(DifferentialTemplates))]
    public async Task Expand_SupportedSubset_MatchesOfficialTemplating(string template)
    {
        var templateNode = JsonNode.Parse(template)!;
        var data = JsonNode.Parse(Data)!;

        var ours = Expand(template, data);
        var official = await CardTools.ExpandOfficialAsync(templateNode, data);

        Assert.True(JsonNode.DeepEquals(official, ours), $"ours:\n{CardTools.Pretty(ours)}\nofficial:\n{CardTools.Pretty(official)}");
    }

    [Theory]
    [MemberData(nameof(InvalidTemplates))]
    public void Expand_InvalidOrUnsupported_ThrowsClearCardTemplateException(string template, string expected)
    {
        var ex = Assert.Throws<CardTemplateException>(() => Expand(template, JsonNode.Parse(Data)!));

        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
        Assert.Contains("'test'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_UnknownTemplate_ThrowsWithKnownNames()
    {
        var ex = Assert.Throws<CardTemplateException>(() => new CardRenderer().Render("bestaat-niet", new { }));

        Assert.Contains("welcome", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Expand_DataTextWithTemplateSyntax_IsInsertedLiterallyAndNeverEvaluated()
    {
        var data = new JsonObject
        {
            ["name"] = CardVariants.Nasty,
            ["obj"] = new JsonObject { ["k"] = "${name}", ["quote"] = "\"}{\\" },
        };

        var result = Expand("""{"whole":"${name}","text":"<${name}>","obj":"${obj}"}""", data);

        Assert.Equal(CardVariants.Nasty, result["whole"]!.GetValue<string>());
        Assert.Equal("<" + CardVariants.Nasty + ">", result["text"]!.GetValue<string>());
        Assert.Equal("${name}", result["obj"]!["k"]!.GetValue<string>());
        Assert.Equal("\"}{\\", result["obj"]!["quote"]!.GetValue<string>());
        var reparsed = JsonNode.Parse(result.ToJsonString())!;
        Assert.True(JsonNode.DeepEquals(result, reparsed));
    }

    [Fact]
    public void Render_SameTemplateTwice_DoesNotShareOrMutateNodes()
    {
        var renderer = new CardRenderer();

        var first = renderer.Render(CardTemplateNames.Error, new PmgBot.Cards.Data.ErrorCardData("abc"));
        first["body"]!.AsArray().Clear();
        var second = renderer.Render(CardTemplateNames.Error, new PmgBot.Cards.Data.ErrorCardData("def"));

        Assert.Equal("def", second["body"]![3]!["text"]!.GetValue<string>());
    }

    private static JsonObject Expand(string template, JsonNode data) =>
        TemplateExpander.Expand(TemplateStore.Compile("test", JsonNode.Parse(template)!.AsObject()), data);
}
