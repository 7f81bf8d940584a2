using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using PmgBot.Bot.Flows;
using PmgBot.Cards.Localization;
using PmgBot.Core.Access;
using PmgBot.Core.Conversations;
using PmgBot.Core.Data;
using PmgBot.Core.Features.Welcome;
using PmgBot.Core.Protocol;
using PmgBot.Core.Turns;

namespace PmgBot.Bot.Routing;

/// <summary>
/// Runs one authenticated activity through the route table: checks tenant and user on the server, keeps the
/// conversation reference, picks the route by activity kind, command and verb, and contains failures
/// (logged with the exception, answered with a generic message and a correlation id). The turn speaks the language
/// of its activity's locale (<see cref="BotLanguage"/>).
/// Outside personal chat only <see cref="RouteScope.Group"/> routes run, so no flow that shows data can be reached there.
/// A message action (<c>composeExtension/fetchTask</c>, <c>/submitAction</c>) runs <see cref="RouteScope.Dialog"/> routes from any chat:
/// they answer only in the user's own dialog or personal chat (<see cref="TurnContext.SendAsync"/> refuses a reply into the chat).
/// </summary>
public sealed class TurnProcessor(
    IServiceScopeFactory scopes,
    RouteTable routes,
    TurnReplies replies,
    ILogger<TurnProcessor> logger)
{
    /// <summary>Runs an invoke (answered in the HTTP response).</summary>
    public Task<BotHttpResponse> ProcessAsync(Activity activity, string correlationId, CancellationToken cancellationToken) =>
        ProcessAsync(activity, correlationId, TurnOrigin.Invoke, cancellationToken);

    /// <param name="origin">The turn's inbox row and reply progress (queued turns), see <see cref="TurnOrigin"/>.</param>
    public async Task<BotHttpResponse> ProcessAsync(Activity activity, string correlationId, TurnOrigin origin, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(origin);
        ArgumentNullException.ThrowIfNull(activity);

        // The turn speaks the language of its activity (en-* English, else Dutch), set here and restored when it ends.
        using var language = BotLanguage.Use(activity.Locale);
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var isInvoke = string.Equals(activity.Type, ActivityTypes.Invoke, StringComparison.Ordinal);
        try
        {
            return await ProcessCoreAsync(activity, services, origin, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (DatabaseOutage.Is(ex) && !(ex is OperationCanceledException && cancellationToken.IsCancellationRequested))
        {
            // The database is down: no error text to the user. A queued turn stays in the inbox and is tried again;
            // an invoke leaves the card as it is (with the user's input) and says so.
            TurnLog.DatabaseUnavailable(logger, activity.Type ?? "", correlationId);
            return isInvoke ? BotHttpResponse.Invoke(InvokeText(activity, TurnTexts.DatabaseDown)) : BotHttpResponse.RetryLater;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            TurnLog.TurnFailed(logger, ex, activity.Type ?? "", correlationId);
            var message = TurnTexts.TurnFailed(correlationId);
            if (isInvoke)
            {
                return BotHttpResponse.Invoke(InvokeText(activity, message));
            }

            await TrySendErrorAsync(activity, services, message, origin, cancellationToken).ConfigureAwait(false);
            return BotHttpResponse.Ok;
        }
    }

    private async Task<BotHttpResponse> ProcessCoreAsync(Activity activity, IServiceProvider services, TurnOrigin origin, CancellationToken ct)
    {
        var access = services.GetRequiredService<IAccessService>();
        var references = services.GetRequiredService<IConversationReferenceStore>();
        var type = activity.Type ?? "";

        // Tenant allow-list and directory, on the server, for every activity (refusals are audited by the service).
        var decision = await access.GetUserAsync(activity.TenantId, activity.From?.AadObjectId, ct).ConfigureAwait(false);
        if (decision.Outcome == AccessOutcome.UnknownTenant)
        {
            TurnLog.TenantRefused(logger, type);
            return type == ActivityTypes.Invoke
                ? BotHttpResponse.Invoke(InvokeResponses.Error(403, "Forbidden", TurnTexts.TenantNotConnected))
                : BotHttpResponse.Ok;
        }

        var user = decision.IsKnown ? decision.Professional : null;
        if (type == ActivityTypes.InstallationUpdate && activity.Action is "remove" or "remove-upgrade")
        {
            await references.RemoveConversationAsync(activity.Conversation?.Id ?? "", ct).ConfigureAwait(false);
            return BotHttpResponse.Ok;
        }

        var botAdded = type == ActivityTypes.ConversationUpdate
            && activity.MembersAdded?.Any(m => m is not null && string.Equals(m.Id, activity.Recipient?.Id, StringComparison.Ordinal)) == true;
        var botRemoved = type == ActivityTypes.ConversationUpdate
            && activity.MembersRemoved?.Any(m => m is not null && string.Equals(m.Id, activity.Recipient?.Id, StringComparison.Ordinal)) == true;
        if (botRemoved)
        {
            await references.RemoveConversationAsync(activity.Conversation?.Id ?? "", ct).ConfigureAwait(false);
            return BotHttpResponse.Ok;
        }

        // References are kept for registered professionals only (and for the conversation the bot was added to).
        if (user is not null || botAdded)
        {
            await references.CaptureAsync(activity, ct).ConfigureAwait(false);
        }

        var isMessage = type == ActivityTypes.Message;
        var isCardAction = type == ActivityTypes.Invoke && string.Equals(activity.Name, "adaptiveCard/action", StringComparison.Ordinal);
        var isMessageAction = IsMessageAction(activity);
        if (type == ActivityTypes.Invoke && !isCardAction && !isMessageAction)
        {
            // Not a 501: the request is well formed, this bot just has nothing for it (and 5xx would read as a fault).
            TurnLog.InvokeNotSupported(logger, activity.Name ?? "");
            return new BotHttpResponse(StatusCodes.Status400BadRequest, null);
        }

        if (!botAdded && !isMessage && !isCardAction && !isMessageAction)
        {
            // installationUpdate add, other conversation updates: nothing to answer.
            return BotHttpResponse.Ok;
        }

        // A message action opens a dialog only its user sees, from whatever chat the message is in (protocol.md §4.5).
        var scope = isMessageAction ? RouteScope.Dialog : activity.IsPersonal ? RouteScope.Personal : RouteScope.Group;
        var (verb, data) = isMessageAction ? (null, ReadDialogData(activity)) : ReadAction(activity, isCardAction);
        var turn = new TurnContext(activity, user, services, replies)
        {
            Origin = origin,
            CommandText = isMessage ? CommandText.Normalise(MentionText.StripBotMention(activity)) : "",
            Verb = verb,
            ActionData = data,
            IsDialog = isMessageAction,
        };

        if (scope != RouteScope.Group && user is null && !botAdded)
        {
            await services.GetRequiredService<AccessRefusalFlow>().RefuseAsync(turn, ct).ConfigureAwait(false);
            return Answer(turn);
        }

        var route = botAdded ? routes.Match(RouteKind.BotAdded, "", scope)
            : isMessageAction ? routes.Match(MessageActionKind(activity), ReadCommandId(activity), scope)
            : verb is not null ? routes.Match(RouteKind.Verb, verb, scope)
            : routes.MatchCommand(turn.CommandText, scope);
        // An unknown verb in personal chat is an error (an old or forged card); everything else falls back.
        route ??= (isCardAction && scope == RouteScope.Personal) || isMessageAction ? null : routes.Match(RouteKind.Fallback, "", scope);

        if (route is null)
        {
            TurnLog.NoRoute(logger, type, verb ?? "");
            if (isMessageAction)
            {
                return BotHttpResponse.Invoke(InvokeResponses.TaskMessage(TurnTexts.ActionNoLongerWorks));
            }

            return isCardAction
                ? BotHttpResponse.Invoke(InvokeResponses.Error(400, "BadRequest", TurnTexts.ButtonNoLongerWorks))
                : BotHttpResponse.Ok;
        }

        await route.Handler(turn, ct).ConfigureAwait(false);
        return Answer(turn);
    }

    private static BotHttpResponse Answer(TurnContext turn) =>
        !turn.IsInvoke || turn.ClosesDialog || (turn.IsDialog && turn.InvokeResponse is null) ? BotHttpResponse.Ok
        : BotHttpResponse.Invoke(turn.InvokeResponse ?? InvokeResponses.Message(TurnTexts.Done));

    private static bool IsMessageAction(Activity activity) =>
        string.Equals(activity.Type, ActivityTypes.Invoke, StringComparison.Ordinal)
        && activity.Name is "composeExtension/fetchTask" or "composeExtension/submitAction";

    private static RouteKind MessageActionKind(Activity activity) =>
        activity.Name == "composeExtension/fetchTask" ? RouteKind.MessageActionFetch : RouteKind.MessageActionSubmit;

    /// <summary>A short text in the shape the invoke's client expects (a dialog's text for a message action).</summary>
    private static JsonObject InvokeText(Activity activity, string text) =>
        IsMessageAction(activity) ? InvokeResponses.TaskMessage(text) : InvokeResponses.Message(text);

    private static string ReadCommandId(Activity activity) =>
        activity.Value is { ValueKind: JsonValueKind.Object } value ? value.TextOf("commandId") ?? "" : "";

    /// <summary>The inputs of a submitted dialog (<c>value.data</c>, Action.Submit data merged with the inputs).</summary>
    private static JsonElement? ReadDialogData(Activity activity) =>
        activity.Value is { ValueKind: JsonValueKind.Object } value && value.TryGetMember("data", out var data) && data.ValueKind == JsonValueKind.Object
            ? data
            : null;

    /// <summary>Reads the verb and data of a card action: Action.Execute (invoke value.action) or Action.Submit (message value).</summary>
    private static (string? Verb, JsonElement? Data) ReadAction(Activity activity, bool isCardAction)
    {
        if (activity.Value is not { ValueKind: JsonValueKind.Object } value)
        {
            return (null, null);
        }

        if (isCardAction)
        {
            if (!value.TryGetMember("action", out var action) || action.ValueKind != JsonValueKind.Object)
            {
                return ("", null);
            }

            JsonElement? data = action.TryGetMember("data", out var d) && d.ValueKind == JsonValueKind.Object ? d : null;
            return (action.TextOf("verb") ?? "", data);
        }

        // Action.Submit in a bot conversation arrives as a message whose value holds the data (and our "verb").
        return value.TextOf("verb") is { } submitVerb ? (submitVerb, value) : (null, null);
    }

    /// <summary>The generic error reply; it must never fail the turn a second time (whatever the activity holds).</summary>
    private async Task TrySendErrorAsync(Activity activity, IServiceProvider services, string message, TurnOrigin origin, CancellationToken ct)
    {
        try
        {
            var turn = new TurnContext(activity, null, services, replies) { Origin = origin, RepliesBefore = origin.Progress.Sent };
            await turn.SendTextAsync(message, ct).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            TurnLog.ErrorReplyFailed(logger, ex);
        }
    }
}
