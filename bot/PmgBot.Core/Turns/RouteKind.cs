namespace PmgBot.Core.Turns;

public enum RouteKind
{
    /// <summary>A conversationUpdate in which the bot itself was added (install).</summary>
    BotAdded,
    /// <summary>A message whose normalised text equals the command, or starts with it followed by a space.</summary>
    Command,
    /// <summary>An Action.Execute (invoke adaptiveCard/action) or Action.Submit with this verb.</summary>
    Verb,
    /// <summary>A message no command matched.</summary>
    Fallback,
    /// <summary>A message action's dialog is opened (invoke composeExtension/fetchTask); the key is the command id.</summary>
    MessageActionFetch,
    /// <summary>A message action's dialog is submitted (invoke composeExtension/submitAction); the key is the command id.</summary>
    MessageActionSubmit,
}
