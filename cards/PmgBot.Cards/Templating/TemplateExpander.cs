using System.Text.Json;
using System.Text.Json.Nodes;

namespace PmgBot.Cards.Templating;

/// <summary>
/// Expands a <see cref="LoadedTemplate"/> on the JSON tree, with the semantics of adaptivecards-templating 2.x for the
/// features we use: <c>${expr}</c>, <c>$data</c> (object: new scope; array: repeat the array element), <c>$when</c>
/// (drop the array element when false), <c>$root</c>, <c>$index</c>. Values taken from the data are copied as JSON
/// values and never parsed again, so text such as <c>${x}</c> inside user data stays literal.
/// Stricter than the official engine: a missing value throws instead of leaving <c>${...}</c> in the card.
/// </summary>
internal sealed class TemplateExpander
{
    private static readonly HashSet<string> ReservedKeys =
        new(["$data", "$when", "$root", "$index", "$host", "$_acTemplateVersion"], StringComparer.Ordinal);

    private readonly LoadedTemplate _template;

    private TemplateExpander(LoadedTemplate template) => _template = template;

    public static JsonObject Expand(LoadedTemplate template, JsonNode? data)
    {
        var expander = new TemplateExpander(template);
        var scope = new EvaluationScope(data, data, null);
        return expander.ExpandValue(template.Root, scope, "$") as JsonObject
            ?? throw new CardTemplateException($"Card template '{template.Name}' did not expand to a JSON object.");
    }

    private JsonNode? ExpandValue(JsonNode? node, EvaluationScope scope, string path) => node switch
    {
        null => null,
        JsonArray array => ExpandArray(array, scope, path),
        JsonObject obj => ExpandObject(obj, scope, path),
        JsonValue value when value.GetValueKind() == JsonValueKind.String => ExpandString(value.GetValue<string>(), scope, path),
        _ => node.DeepClone(),
    };

    private JsonNode? ExpandString(string text, EvaluationScope scope, string path)
    {
        var template = _template.Strings[text];
        if (!template.HasExpressions)
        {
            return JsonValue.Create(text);
        }

        try
        {
            return template.Evaluate(scope)?.DeepClone();
        }
        catch (CardTemplateException ex)
        {
            throw new CardTemplateException($"Card template '{_template.Name}' at {path}: {ex.Message}", ex);
        }
    }

    private JsonArray ExpandArray(JsonArray array, EvaluationScope scope, string path)
    {
        var result = new JsonArray();
        for (var i = 0; i < array.Count; i++)
        {
            var itemPath = $"{path}[{i}]";
            if (array[i] is JsonObject obj && (obj.ContainsKey("$data") || obj.ContainsKey("$when")))
            {
                foreach (var expanded in ExpandRepeatable(obj, scope, itemPath))
                {
                    result.Add(expanded);
                }
            }
            else if (ExpandValue(array[i], scope, itemPath) is { } expanded)
            {
                // Like the official engine, a null list element is dropped.
                result.Add(expanded);
            }
        }

        return result;
    }

    private List<JsonObject> ExpandRepeatable(JsonObject obj, EvaluationScope scope, string path)
    {
        var scopes = new List<EvaluationScope>();
        if (obj.TryGetPropertyValue("$data", out var dataExpression))
        {
            switch (EvaluateDirective(dataExpression, scope, $"{path}.$data"))
            {
                case JsonArray items:
                    for (var i = 0; i < items.Count; i++)
                    {
                        scopes.Add(scope with { Data = items[i], Index = i });
                    }

                    break;
                case JsonObject item:
                    scopes.Add(scope with { Data = item });
                    break;
                case var other:
                    throw new CardTemplateException(
                        $"Card template '{_template.Name}' at {path}.$data: needs an object or a list, got {other?.GetValueKind().ToString() ?? "nothing"}.");
            }
        }
        else
        {
            scopes.Add(scope);
        }

        var result = new List<JsonObject>();
        foreach (var itemScope in scopes)
        {
            if (obj.TryGetPropertyValue("$when", out var whenExpression))
            {
                var when = EvaluateDirective(whenExpression, itemScope, $"{path}.$when");
                if (when is null || when.GetValueKind() is not (JsonValueKind.True or JsonValueKind.False))
                {
                    throw new CardTemplateException($"Card template '{_template.Name}' at {path}.$when: must evaluate to true or false.");
                }

                if (!when.GetValue<bool>())
                {
                    continue;
                }
            }

            result.Add(ExpandProperties(obj, itemScope, path));
        }

        return result;
    }

    private JsonObject ExpandObject(JsonObject obj, EvaluationScope scope, string path)
    {
        if (obj.ContainsKey("$when"))
        {
            throw new CardTemplateException($"Card template '{_template.Name}' at {path}: $when is only supported on elements of a list.");
        }

        if (obj.TryGetPropertyValue("$data", out var dataExpression))
        {
            var data = EvaluateDirective(dataExpression, scope, $"{path}.$data");
            scope = data is JsonObject
                ? scope with { Data = data }
                : throw new CardTemplateException($"Card template '{_template.Name}' at {path}.$data: a repeat ($data list) is only supported on elements of a list.");
        }

        return ExpandProperties(obj, scope, path);
    }

    private JsonObject ExpandProperties(JsonObject obj, EvaluationScope scope, string path)
    {
        var result = new JsonObject();
        foreach (var (key, value) in obj)
        {
            if (!ReservedKeys.Contains(key))
            {
                result[key] = ExpandValue(value, scope, $"{path}.{key}");
            }
        }

        return result;
    }

    private JsonNode? EvaluateDirective(JsonNode? directive, EvaluationScope scope, string path)
    {
        if (directive is not JsonValue value || value.GetValueKind() != JsonValueKind.String
            || _template.Strings[value.GetValue<string>()].Parts is not [{ IsExpression: true }])
        {
            throw new CardTemplateException($"Card template '{_template.Name}' at {path}: must be a single '${{...}}' expression.");
        }

        return ExpandString(value.GetValue<string>(), scope, path);
    }
}
