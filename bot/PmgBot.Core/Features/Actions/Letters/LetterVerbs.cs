namespace PmgBot.Core.Features.Actions.Letters;

/// <summary>The card verbs of the letter tasks (card <c>letter-task</c>). Data carries ids and codes only.</summary>
public static class LetterVerbs
{
    /// <summary>The task's card, also its Universal Actions refresh (the current state for the casusregisseur). Data: <c>{"taskId"}</c>.</summary>
    public const string Open = "letter.open";

    /// <summary>A download link to the draft for the chosen addressee. Data: <c>{"taskId"}</c> + input <c>addressee</c>.</summary>
    public const string Draft = "letter.draft";

    /// <summary>Record "verstuurd op". Data: <c>{"taskId","version"}</c> + inputs <c>addressee</c>, <c>sentOn</c>.</summary>
    public const string Sent = "letter.sent";

    /// <summary>Record "niet verstuurd". Data: <c>{"taskId","version"}</c> + input <c>notSentReason</c>.</summary>
    public const string NotSent = "letter.notSent";

    /// <summary>Ask for a complimentbrief about the youth of the card. Data: <c>{"code":"PMG-J-0017"}</c>.</summary>
    public const string Compliment = "letter.compliment";
}
