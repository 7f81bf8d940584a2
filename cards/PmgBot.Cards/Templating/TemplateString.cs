using System.Text;
using System.Text.Json.Nodes;

namespace PmgBot.Cards.Templating;

/// <summary>
/// A string value from a template, split into literal text and <c>${...}</c> expressions. A string that is exactly
/// one expression yields the typed value; otherwise the parts are concatenated as text.
/// </summary>
internal sealed class TemplateString
{
    private TemplateString(IReadOnlyList<TemplatePart> parts) => Parts = parts;

    public IReadOnlyList<TemplatePart> Parts { get; }

    public bool HasExpressions => Parts.Any(p => p.IsExpression);

    public static TemplateString Parse(string source)
    {
        var parts = new List<TemplatePart>();
        var literal = new StringBuilder();
        var pos = 0;
        while (pos < source.Length)
        {
            var start = source.IndexOf("${", pos, StringComparison.Ordinal);
            if (start < 0)
            {
                literal.Append(source, pos, source.Length - pos);
                break;
            }

            literal.Append(source, pos, start - pos);
            var end = FindClosingBrace(source, start + 2);
            if (literal.Length > 0)
            {
                parts.Add(new TemplatePart(literal.ToString(), null));
                literal.Clear();
            }

            var text = source[(start + 2)..end];
            parts.Add(new TemplatePart(text, ExpressionParser.Parse(text)));
            pos = end + 1;
        }

        if (literal.Length > 0 || parts.Count == 0)
        {
            parts.Add(new TemplatePart(literal.ToString(), null));
        }

        return new TemplateString(parts);
    }

    public JsonNode? Evaluate(EvaluationScope scope)
    {
        if (Parts is [{ IsExpression: true } single])
        {
            var value = ExpressionEvaluator.Evaluate(single.Expression!, scope);
            return value ?? throw new CardTemplateException(
                $"Template value '${{{single.Text}}}' is not bound: the data has no value for it.");
        }

        var text = new StringBuilder();
        foreach (var part in Parts)
        {
            text.Append(part.IsExpression
                ? ExpressionEvaluator.ToInterpolatedText(ExpressionEvaluator.Evaluate(part.Expression!, scope), part.Text)
                : part.Text);
        }

        return JsonValue.Create(text.ToString());
    }

    private static int FindClosingBrace(string source, int from)
    {
        var depth = 0;
        char? quote = null;
        for (var i = from; i < source.Length; i++)
        {
            var c = source[i];
            if (quote is not null)
            {
                if (c == quote)
                {
                    quote = null;
                }
            }
            else if (c is '\'' or '"')
            {
                quote = c;
            }
            else if (c == '{')
            {
                depth++;
            }
            else if (c == '}')
            {
                if (depth == 0)
                {
                    return i;
                }

                depth--;
            }
        }

        throw new CardTemplateException($"Unterminated '${{' in template string '{source}'.");
    }
}
