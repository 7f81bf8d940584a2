using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace PmgBot.Cards.Templating;

/// <summary>
/// Evaluates an <see cref="Expression"/> against a scope. Values are JSON nodes; <c>null</c> means absent.
/// Functions: <c>not</c>, <c>empty</c>, <c>count</c>, <c>join</c>, <c>string</c>, each with Adaptive Expressions semantics
/// for the types our data has. Data values are only ever read, never parsed as templates.
/// </summary>
internal static class ExpressionEvaluator
{
    public static JsonNode? Evaluate(Expression expression, EvaluationScope scope) => expression switch
    {
        LiteralExpression literal => literal.Value?.DeepClone(),
        PathExpression path => Resolve(path, scope),
        NotExpression not => JsonValue.Create(!AsBool(Evaluate(not.Operand, scope), "!")),
        BinaryExpression binary => EvaluateBinary(binary, scope),
        CallExpression call => EvaluateCall(call, scope),
        _ => throw new CardTemplateException($"Unsupported expression {expression.GetType().Name}."),
    };

    /// <summary>The text a value contributes to an interpolated string ("Hallo ${name}!").</summary>
    public static string ToInterpolatedText(JsonNode? value, string expressionText)
    {
        if (value is null)
        {
            throw new CardTemplateException($"Template value '${{{expressionText}}}' is not bound: the data has no value for it.");
        }

        return value.GetValueKind() switch
        {
            JsonValueKind.String => value.GetValue<string>(),
            JsonValueKind.Number => value.ToJsonString(),
            JsonValueKind.True => "true",
            JsonValueKind.False => "false",
            var kind => throw new CardTemplateException(
                $"Template value '${{{expressionText}}}' is a JSON {kind} and cannot be put inside a text; use it as a whole value or join it."),
        };
    }

    private static JsonNode? Resolve(PathExpression path, EvaluationScope scope)
    {
        var segments = path.Segments;
        JsonNode? current;
        var start = 1;
        switch (segments[0])
        {
            case "$root":
                current = scope.Root;
                break;
            case "$data":
                current = scope.Data;
                break;
            case "$index":
                if (segments.Count > 1 || scope.Index is null)
                {
                    throw new CardTemplateException("'$index' is only available inside a repeated ($data array) element and has no properties.");
                }

                return JsonValue.Create(scope.Index.Value);
            default:
                if (segments[0].StartsWith('$'))
                {
                    throw new CardTemplateException($"Unsupported template variable '{segments[0]}'.");
                }

                current = scope.Data;
                start = 0;
                break;
        }

        for (var i = start; i < segments.Count && current is not null; i++)
        {
            current = current is JsonObject obj && obj.TryGetPropertyValue(segments[i], out var next) ? next : null;
        }

        return current;
    }

    private static JsonValue EvaluateBinary(BinaryExpression binary, EvaluationScope scope)
    {
        switch (binary.Operator)
        {
            case "&&":
                return JsonValue.Create(AsBool(Evaluate(binary.Left, scope), "&&") && AsBool(Evaluate(binary.Right, scope), "&&"));
            case "||":
                return JsonValue.Create(AsBool(Evaluate(binary.Left, scope), "||") || AsBool(Evaluate(binary.Right, scope), "||"));
            case "==":
                return JsonValue.Create(AreEqual(Evaluate(binary.Left, scope), Evaluate(binary.Right, scope)));
            case "!=":
                return JsonValue.Create(!AreEqual(Evaluate(binary.Left, scope), Evaluate(binary.Right, scope)));
            default:
                throw new CardTemplateException($"Unsupported operator '{binary.Operator}'.");
        }
    }

    private static JsonNode? EvaluateCall(CallExpression call, EvaluationScope scope)
    {
        var args = call.Arguments.Select(a => Evaluate(a, scope)).ToArray();
        return call.Function switch
        {
            "not" when args.Length == 1 => JsonValue.Create(!AsBool(args[0], "not()")),
            "empty" when args.Length == 1 => JsonValue.Create(IsEmpty(args[0])),
            "count" when args.Length == 1 => JsonValue.Create(Count(args[0])),
            "join" when args.Length == 2 => JsonValue.Create(Join(args[0], args[1])),
            "string" when args.Length == 1 => JsonValue.Create(ToInterpolatedText(args[0], "string()")),
            _ => throw new CardTemplateException(
                $"Unsupported template function '{call.Function}' with {args.Length} argument(s); supported: not(x), empty(x), count(x), join(list, separator), string(x)."),
        };
    }

    private static bool AsBool(JsonNode? value, string where) =>
        value is not null && value.GetValueKind() is JsonValueKind.True or JsonValueKind.False
            ? value.GetValue<bool>()
            : throw new CardTemplateException($"'{where}' needs a true/false value, got {Describe(value)}.");

    private static bool IsEmpty(JsonNode? value) => value switch
    {
        null => true,
        JsonArray array => array.Count == 0,
        JsonObject obj => obj.Count == 0,
        _ => value.GetValueKind() == JsonValueKind.String && value.GetValue<string>().Length == 0,
    };

    private static int Count(JsonNode? value) => value switch
    {
        JsonArray array => array.Count,
        not null when value.GetValueKind() == JsonValueKind.String => value.GetValue<string>().Length,
        _ => throw new CardTemplateException($"count() needs a list or text, got {Describe(value)}."),
    };

    private static string Join(JsonNode? list, JsonNode? separator)
    {
        if (list is not JsonArray array)
        {
            throw new CardTemplateException($"join() needs a list, got {Describe(list)}.");
        }

        var sep = separator is not null && separator.GetValueKind() == JsonValueKind.String
            ? separator.GetValue<string>()
            : throw new CardTemplateException("join() needs a text separator.");
        return string.Join(sep, array.Select(item => ToInterpolatedText(item, "join() item")));
    }

    private static bool AreEqual(JsonNode? left, JsonNode? right)
    {
        if (left is null || right is null)
        {
            return left is null && right is null;
        }

        if (left.GetValueKind() == JsonValueKind.Number && right.GetValueKind() == JsonValueKind.Number)
        {
            return double.Parse(left.ToJsonString(), CultureInfo.InvariantCulture)
                == double.Parse(right.ToJsonString(), CultureInfo.InvariantCulture);
        }

        return JsonNode.DeepEquals(left, right);
    }

    private static string Describe(JsonNode? value) => value is null ? "nothing (absent)" : $"a JSON {value.GetValueKind()}";
}
