using System.Text.Json;
using System.Text.Json.Nodes;
using PmgBot.Cards.Localization;
using PmgBot.Core.Directory;
using PmgBot.Core.Protocol;

namespace PmgBot.Core.Turns;

/// <summary>
/// One turn: the inbound activity, who sent it (already checked against the directory on the server), the
/// turn's DI scope, and the ways to answer. Card data from the client is never trusted: flows re-check access.
/// </summary>
public sealed class TurnContext(Activity activity, ProfessionalProfile? user, IServiceProvider services, TurnReplies replies)
{
    private int _replies;

    public Activity Activity { get; } = activity;

    /// <summary>The registered professional who sent the activity, or null (unknown user, or group-only general help).</summary>
    public ProfessionalProfile? User { get; } = user;

    public IServiceProvider Services { get; } = services;

    /// <summary>The message text without the bot's @mention, normalised for command matching.</summary>
    public string CommandText { get; init; } = "";

    /// <summary>The card verb of an Action.Execute / Action.Submit, if any.</summary>
    public string? Verb { get; init; }

    /// <summary>Where the turn came from: its inbox row and reply progress (queued turns), and whether its replies go through the outbox.</summary>
    public TurnOrigin Origin { get; init; } = TurnOrigin.Invoke;

    /// <summary>Replies counted before this context's first (the error reply continues the failed turn's numbering).</summary>
    public int RepliesBefore
    {
        get => _replies;
        init => _replies = value;
    }

    /// <summary>The card action's data (inputs merged in), if any. Untrusted input.</summary>
    public JsonElement? ActionData { get; init; }

    public bool IsPersonal => Activity.IsPersonal;

    public bool IsInvoke => string.Equals(Activity.Type, ActivityTypes.Invoke, StringComparison.Ordinal);

    /// <summary>
    /// The turn is a message action's dialog (<see cref="RouteScope.Dialog"/>): cards and messages are answered in the
    /// task module shape, and nothing may be sent into the conversation the invoke came from.
    /// </summary>
    public bool IsDialog { get; init; }

    /// <summary>The title of the dialog, when <see cref="IsDialog"/>.</summary>
    public string DialogTitle { get; set; } = "PmgBot";

    /// <summary>The body of the invoke response (Universal Actions or dialog): a card or a message, set by the flow.</summary>
    public JsonObject? InvokeResponse { get; private set; }

    /// <summary>The dialog is done: the invoke is answered with an empty 200, which closes it (protocol.md §4.5).</summary>
    public bool ClosesDialog { get; private set; }

    /// <summary>Answers an Action.Execute with a card that replaces the clicked card for this user (in a dialog: the dialog's card).</summary>
    public void RespondWithCard(JsonObject card) =>
        InvokeResponse = IsDialog ? InvokeResponses.TaskCard(DialogTitle, card) : InvokeResponses.Card(card);

    /// <summary>Answers an Action.Execute with a short message shown by the client (in a dialog: as the dialog's text).</summary>
    public void RespondWithMessage(string text) =>
        InvokeResponse = IsDialog ? InvokeResponses.TaskMessage(text) : InvokeResponses.Message(text);

    /// <summary>Closes the dialog without showing anything more.</summary>
    public void CloseDialog()
    {
        InvokeResponse = null;
        ClosesDialog = true;
    }

    /// <summary>Shows a card: as the invoke response when the user clicked a card button (the card is replaced in place), else as a new message.</summary>
    public async Task ShowCardAsync(JsonObject card, CancellationToken cancellationToken)
    {
        if (IsInvoke)
        {
            RespondWithCard(card);
            return;
        }

        await SendCardAsync(card, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Shows a short text: as the invoke response when the user clicked a card button, else as a new message.</summary>
    public async Task ShowTextAsync(string text, CancellationToken cancellationToken)
    {
        if (IsInvoke)
        {
            RespondWithMessage(text);
            return;
        }

        await SendTextAsync(text, cancellationToken).ConfigureAwait(false);
    }

    public Task SendTextAsync(string text, CancellationToken cancellationToken) =>
        SendAsync(Reply(text, null), cancellationToken);

    public Task SendCardAsync(JsonObject card, CancellationToken cancellationToken) =>
        SendAsync(Reply(null, [Attachment.AdaptiveCard(card)]), cancellationToken);

    /// <summary>
    /// Answers in the conversation, threaded to the inbound message where there is one. Sent at once when the
    /// conversation has room under Teams' limits; otherwise stored in the outbox and sent in order, so a busy chat
    /// never holds a turn worker (<see cref="TurnReplies"/>).
    /// </summary>
    public Task SendAsync(Activity reply, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reply);
        if (IsDialog)
        {
            // The message may sit in a group chat or channel: a dialog's flow answers in the dialog or the personal chat only.
            throw new InvalidOperationException("A dialog turn cannot reply into the conversation it came from.");
        }

        return replies.SendAsync(this, reply, NextReplyIndex(), cancellationToken);
    }

    private int NextReplyIndex() => Interlocked.Increment(ref _replies);

    /// <summary>A reply activity addressed back to the sender, plain text (never interpreted as markdown), in the turn's language.</summary>
    public Activity Reply(string? text, IReadOnlyList<Attachment>? attachments) => new()
    {
        Type = ActivityTypes.Message,
        From = Activity.Recipient,
        Recipient = Activity.From is { } from ? new ChannelAccount { Id = from.Id, Name = from.Name } : null,
        Conversation = new ConversationAccount { Id = Activity.Conversation?.Id, TenantId = Activity.TenantId },
        ReplyToId = string.Equals(Activity.Type, ActivityTypes.Message, StringComparison.Ordinal) ? Activity.Id : null,
        Text = text,
        TextFormat = text is null ? null : "plain",
        Attachments = attachments,
        Locale = BotLanguage.Locale,
    };
}
