namespace PmgBot.Cards.Templating;

/// <summary><c>==</c>, <c>!=</c>, <c>&amp;&amp;</c> or <c>||</c>.</summary>
internal sealed record BinaryExpression(string Operator, Expression Left, Expression Right) : Expression;
