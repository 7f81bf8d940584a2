namespace PmgBot.Cards.Templating;

/// <summary>A card template could not be found, parsed or bound to its data. Always a programming error.</summary>
public sealed class CardTemplateException : Exception
{
    public CardTemplateException()
    {
    }

    public CardTemplateException(string message)
        : base(message)
    {
    }

    public CardTemplateException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
