namespace PmgBot.Cards.Templating;

/// <summary>A function call such as <c>empty(x)</c>; only the functions of <see cref="ExpressionEvaluator"/> exist.</summary>
internal sealed record CallExpression(string Function, IReadOnlyList<Expression> Arguments) : Expression;
