namespace PmgBot.Cards.Templating;

/// <summary><c>a.b.c</c>, <c>$root.a</c>, <c>$data</c>, <c>$index</c>. Unqualified paths start at <c>$data</c>.</summary>
internal sealed record PathExpression(IReadOnlyList<string> Segments) : Expression;
