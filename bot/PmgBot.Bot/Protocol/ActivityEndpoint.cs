using System.Buffers;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;
using PmgBot.Bot.Protocol.Auth;
using PmgBot.Bot.Routing;
using PmgBot.Cards.Localization;
using PmgBot.Core.Inbox;
using PmgBot.Core.Protocol;
using PmgBot.Core.Threading;
using PmgBot.Core.Turns;

namespace PmgBot.Bot.Protocol;

/// <summary>
/// <c>POST /api/messages</c> (protocol.md §1–2). The authentication scheme has already validated the token (401 before
/// this runs). Here: body size (413), JSON and <c>type</c> (400), channel endorsement and serviceurl (403), the
/// required fields (400), redelivery (handled once), then invokes synchronously and everything else stored in the
/// inbox and queued (202; 503 when it cannot be stored, so Teams delivers it again). Unknown types: 200, ignored.
/// </summary>
public sealed class ActivityEndpoint(
    IOptions<BotEndpointOptions> options,
    IBotChannelValidator channelValidator,
    ActivityDeduplicator deduplicator,
    TurnQueue queue,
    IInbox inbox,
    TurnProcessor processor,
    ForegroundWork foreground,
    ILogger<ActivityEndpoint> logger)
{
    private static readonly HashSet<string> QueuedTypes = new(StringComparer.Ordinal)
    {
        ActivityTypes.Message, ActivityTypes.ConversationUpdate, ActivityTypes.InstallationUpdate,
    };

    /// <summary>A redelivered invoke whose answer is no longer kept (it came minutes after the first), per language.</summary>
    private static readonly BotHttpResponse AlreadyHandledDutch = AlreadyHandled(BotLanguage.Dutch);

    private static readonly BotHttpResponse AlreadyHandledEnglish = AlreadyHandled(BotLanguage.English);

    public async Task<IResult> HandleAsync(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        using var running = foreground.Enter();
        var body = await ReadBodyAsync(http.Request, options.Value.MaxBodyBytes, http.RequestAborted).ConfigureAwait(false);
        if (body is null)
        {
            EndpointLog.BodyTooLarge(logger);
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        Activity? activity;
        try
        {
            activity = JsonSerializer.Deserialize<Activity>(body, ProtocolJson.Options);
        }
        catch (JsonException)
        {
            activity = null;
        }

        if (activity is not null && PlaygroundLocale.IsPlayground(http.Request))
        {
            (activity, body) = PlaygroundLocale.Replace(activity, body, options.Value.PlaygroundLocale);
        }

        if (activity is null || string.IsNullOrWhiteSpace(activity.Type))
        {
            EndpointLog.BadActivity(logger);
            return Results.BadRequest();
        }

        var check = channelValidator.Validate(http.User, activity);
        if (!check.Succeeded)
        {
            return Results.StatusCode(StatusCodes.Status403Forbidden);
        }

        var isInvoke = string.Equals(activity.Type, ActivityTypes.Invoke, StringComparison.Ordinal);
        if (!isInvoke && !QueuedTypes.Contains(activity.Type))
        {
            return Results.Ok();
        }

        if (RequiredFields.FirstProblem(activity) is { } problem)
        {
            EndpointLog.MissingField(logger, activity.Type, problem);
            return Results.BadRequest();
        }

        var correlationId = http.TraceIdentifier;
        var dedupKey = $"{activity.Conversation!.Id}|{activity.Id}";
        bool duplicate;
        var handling = isInvoke
            ? deduplicator.HandleOnce(dedupKey, () => processor.ProcessAsync(activity, correlationId, CancellationToken.None), BotLanguage.FromLocale(activity.Locale) == BotLanguage.English ? AlreadyHandledEnglish : AlreadyHandledDutch, out duplicate)
            : deduplicator.HandleOnce(dedupKey, () => AcceptAsync(activity, body, correlationId, dedupKey), BotHttpResponse.Accepted, out duplicate);
        var response = await handling.ConfigureAwait(false);
        if (response.Status == StatusCodes.Status503ServiceUnavailable)
        {
            deduplicator.Forget(dedupKey);
        }

        if (duplicate)
        {
            EndpointLog.Redelivery(logger, activity.Type);
        }

        return response.Body is null
            ? Results.StatusCode(response.Status)
            : new JsonBytesResult(response.Status, response.Body);
    }

    /// <summary>
    /// Stores the turn in the inbox, then queues it. A place in the queue is taken first (waiting a little when it is
    /// full), so an accepted turn always has room. 503 when there was no room or the inbox could not be written.
    /// </summary>
    private async Task<BotHttpResponse> AcceptAsync(Activity activity, byte[] body, string correlationId, string dedupKey)
    {
        if (!await queue.ReserveAsync(options.Value.EnqueueWait).ConfigureAwait(false))
        {
            TurnLog.QueueFull(logger);
            return BotHttpResponse.Unavailable;
        }

        var entry = new InboxEntry(activity.Conversation!.Id!, activity.Id!, activity.Timestamp, Encoding.UTF8.GetString(body), correlationId);
        var stored = await inbox.AppendAsync(entry, CancellationToken.None).ConfigureAwait(false);
        switch (stored.Outcome)
        {
            case InboxAppendOutcome.Stored:
                queue.Enqueue(new QueuedTurn(activity, correlationId, dedupKey, stored.TurnId, new TurnProgress()));
                return BotHttpResponse.Accepted;
            case InboxAppendOutcome.Duplicate:
                queue.Unreserve();
                EndpointLog.Redelivery(logger, activity.Type ?? "");
                return BotHttpResponse.Accepted;
            default:
                queue.Unreserve();
                TurnLog.InboxUnavailable(logger);
                return BotHttpResponse.Unavailable;
        }
    }

    /// <summary>
    /// Reads the body up to <paramref name="limit"/> bytes; null when it is larger. A body that cannot be read is read as
    /// empty, which the endpoint answers 400 like any other body that is not an activity, and is never logged as an error:
    /// a malformed request (Kestrel's <see cref="BadHttpRequestException"/> or <see cref="IOException"/>: a chunk size
    /// that overflows, bad chunk data, a body shorter than its Content-Length, too slow a client) or a client that went
    /// away while sending it.
    /// </summary>
    private async Task<byte[]?> ReadBodyAsync(HttpRequest request, int limit, CancellationToken ct)
    {
        if (request.ContentLength is { } length && length > limit)
        {
            return null;
        }

        var buffer = new ArrayBufferWriter<byte>((int)Math.Min(request.ContentLength ?? 4096, limit) + 1);
        try
        {
            while (true)
            {
                var memory = buffer.GetMemory(4096);
                var read = await request.Body.ReadAsync(memory, ct).ConfigureAwait(false);
                if (read == 0)
                {
                    return buffer.WrittenSpan.ToArray();
                }

                buffer.Advance(read);
                if (buffer.WrittenCount > limit)
                {
                    return null;
                }
            }
        }
        catch (Exception ex) when (ex is BadHttpRequestException or IOException || (ex is OperationCanceledException && ct.IsCancellationRequested))
        {
            if (ct.IsCancellationRequested)
            {
                EndpointLog.ClientGone(logger, ex.GetType().Name);
            }
            else
            {
                EndpointLog.BodyUnreadable(logger, ex.GetType().Name);
            }

            return [];
        }
    }

    private static BotHttpResponse AlreadyHandled(System.Globalization.CultureInfo language) =>
        BotHttpResponse.Invoke(InvokeResponses.Message(TurnTexts.Resources.Get(nameof(TurnTexts.AlreadyHandled), language)));
}
