namespace PmgBot.Core.Turns;

/// <summary>Where a route may run. Youth data only ever flows through <see cref="Personal"/> routes.</summary>
public enum RouteScope
{
    /// <summary>Only in the 1:1 chat with a registered professional (the default).</summary>
    Personal = 0,
    /// <summary>Only in group chats and channels: general help, never data about people.</summary>
    Group = 1,
    /// <summary>
    /// A dialog opened by a message action, from any chat: only the user sees it, so its answers go into the dialog
    /// (the invoke response) or the user's personal chat, never into the chat the message came from.
    /// </summary>
    Dialog = 2,
}
