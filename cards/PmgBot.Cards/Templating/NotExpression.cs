namespace PmgBot.Cards.Templating;

/// <summary><c>!x</c>.</summary>
internal sealed record NotExpression(Expression Operand) : Expression;
