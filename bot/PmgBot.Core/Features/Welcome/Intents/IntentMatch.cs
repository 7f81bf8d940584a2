namespace PmgBot.Core.Features.Welcome.Intents;

/// <summary>
/// What a message asks for: the best intent, the other intents that came close (the bot then asks "Bedoel je …?"),
/// the words the intent did not use, as typed (a youth's name, for a lookup) and a date of birth, when there is one.
/// </summary>
public sealed record IntentMatch(Intent Intent, IReadOnlyList<Intent> CloseSeconds, IReadOnlyList<string> Remainder, string? Date)
{
    public static IntentMatch Nothing { get; } = new(Intent.None, [], [], null);

    public bool IsAmbiguous => CloseSeconds.Count > 0;
}
