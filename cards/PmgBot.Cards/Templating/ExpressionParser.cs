using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace PmgBot.Cards.Templating;

/// <summary>
/// Recursive-descent parser for the small subset of Adaptive Expressions our templates use:
/// paths, string/number/bool/null literals, <c>!</c>, <c>==</c>, <c>!=</c>, <c>&amp;&amp;</c>, <c>||</c>, parentheses
/// and function calls. Anything else throws <see cref="CardTemplateException"/>.
/// </summary>
internal sealed class ExpressionParser
{
    /// <summary>The functions <see cref="ExpressionEvaluator"/> implements.</summary>
    public static readonly IReadOnlySet<string> Functions = new HashSet<string>(["not", "empty", "count", "join", "string"], StringComparer.Ordinal);

    private readonly string _text;
    private int _pos;

    private ExpressionParser(string text) => _text = text;

    public static Expression Parse(string text)
    {
        var parser = new ExpressionParser(text);
        var expression = parser.ParseOr();
        parser.SkipWhitespace();
        if (parser._pos != text.Length)
        {
            throw parser.Error($"unexpected '{text[parser._pos]}'");
        }

        return expression;
    }

    private Expression ParseOr()
    {
        var left = ParseAnd();
        while (TryConsume("||"))
        {
            left = new BinaryExpression("||", left, ParseAnd());
        }

        return left;
    }

    private Expression ParseAnd()
    {
        var left = ParseEquality();
        while (TryConsume("&&"))
        {
            left = new BinaryExpression("&&", left, ParseEquality());
        }

        return left;
    }

    private Expression ParseEquality()
    {
        var left = ParseUnary();
        if (TryConsume("=="))
        {
            return new BinaryExpression("==", left, ParseUnary());
        }

        if (TryConsume("!="))
        {
            return new BinaryExpression("!=", left, ParseUnary());
        }

        return left;
    }

    private Expression ParseUnary()
    {
        SkipWhitespace();
        if (Peek() == '!' && PeekAt(1) != '=')
        {
            _pos++;
            return new NotExpression(ParseUnary());
        }

        return ParsePrimary();
    }

    private Expression ParsePrimary()
    {
        SkipWhitespace();
        var c = Peek();
        if (c == '(')
        {
            _pos++;
            var inner = ParseOr();
            Expect(')');
            return inner;
        }

        if (c is '\'' or '"')
        {
            return new LiteralExpression(JsonValue.Create(ParseString(c)));
        }

        if (char.IsAsciiDigit(c))
        {
            return ParseNumber();
        }

        if (IsIdentifierStart(c))
        {
            return ParsePathOrCall();
        }

        throw Error(c == '\0' ? "unexpected end" : $"unexpected '{c}'");
    }

    private Expression ParsePathOrCall()
    {
        var segments = new List<string> { ParseIdentifier() };
        while (Peek() == '.')
        {
            _pos++;
            segments.Add(ParseIdentifier());
        }

        SkipWhitespace();
        if (Peek() == '(')
        {
            if (segments.Count != 1)
            {
                throw Error($"'{string.Join('.', segments)}' is not a function");
            }

            if (!Functions.Contains(segments[0]))
            {
                throw Error($"function '{segments[0]}' is not supported (supported: {string.Join(", ", Functions)})");
            }

            _pos++;
            var arguments = new List<Expression>();
            SkipWhitespace();
            if (Peek() != ')')
            {
                do
                {
                    arguments.Add(ParseOr());
                }
                while (TryConsume(","));
            }

            Expect(')');
            return new CallExpression(segments[0], arguments);
        }

        if (segments.Count == 1)
        {
            switch (segments[0])
            {
                case "true": return new LiteralExpression(JsonValue.Create(true));
                case "false": return new LiteralExpression(JsonValue.Create(false));
                case "null": return new LiteralExpression(null);
            }
        }

        return new PathExpression(segments);
    }

    private string ParseIdentifier()
    {
        var start = _pos;
        if (!IsIdentifierStart(Peek()))
        {
            throw Error("identifier expected");
        }

        _pos++;
        while (char.IsAsciiLetterOrDigit(Peek()) || Peek() == '_')
        {
            _pos++;
        }

        return _text[start.._pos];
    }

    private LiteralExpression ParseNumber()
    {
        var start = _pos;
        while (char.IsAsciiDigit(Peek()))
        {
            _pos++;
        }

        if (Peek() == '.')
        {
            throw Error("only whole numbers are supported");
        }

        return new LiteralExpression(JsonValue.Create(long.Parse(_text[start.._pos], CultureInfo.InvariantCulture)));
    }

    private string ParseString(char quote)
    {
        _pos++;
        var builder = new StringBuilder();
        while (Peek() != quote)
        {
            if (Peek() == '\0')
            {
                throw Error("unterminated string literal");
            }

            if (Peek() == '\\')
            {
                throw Error("escapes in string literals are not supported");
            }

            builder.Append(_text[_pos++]);
        }

        _pos++;
        return builder.ToString();
    }

    private bool TryConsume(string token)
    {
        SkipWhitespace();
        if (string.CompareOrdinal(_text, _pos, token, 0, token.Length) == 0)
        {
            _pos += token.Length;
            return true;
        }

        return false;
    }

    private void Expect(char c)
    {
        SkipWhitespace();
        if (Peek() != c)
        {
            throw Error($"'{c}' expected");
        }

        _pos++;
    }

    private void SkipWhitespace()
    {
        while (_pos < _text.Length && char.IsWhiteSpace(_text[_pos]))
        {
            _pos++;
        }
    }

    private char Peek() => PeekAt(0);

    private char PeekAt(int offset) => _pos + offset < _text.Length ? _text[_pos + offset] : '\0';

    private static bool IsIdentifierStart(char c) => char.IsAsciiLetter(c) || c is '_' or '$';

    private CardTemplateException Error(string problem) =>
        new($"Unsupported or invalid template expression '{_text}' at position {_pos}: {problem}.");
}
