namespace PmgBot.Cards.Templating;

/// <summary>A piece of a template string: literal text, or an expression with its source text.</summary>
internal sealed record TemplatePart(string Text, Expression? Expression)
{
    public bool IsExpression => Expression is not null;
}
