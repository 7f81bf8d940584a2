namespace PmgBot.Cards.Templating;

/// <summary>A parsed template expression (the text between <c>${</c> and <c>}</c>).</summary>
internal abstract record Expression;
