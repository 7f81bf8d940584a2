using System.Buffers;
using System.Text.Json;
using Microsoft.Extensions.Options;
using PmgBot.Bot.Protocol.Auth;
using PmgBot.Bot.Routing;
using PmgBot.Core.Protocol;
using PmgBot.Core.Threading;

namespace PmgBot.Bot.Protocol;

/// <summary>
/// <c>POST /api/messages</c> (protocol.md §1–2). The authentication scheme has already validated the token (401 before
/// this runs). Here: body size (413), JSON and <c>type</c> (400), channel endorsement and serviceurl (403),
/// redelivery (handled once), then invokes synchronously and everything else queued (202). Unknown types: 200, ignored.
/// </summary>
public sealed class ActivityEndpoint(
    IOptions<BotEndpointOptions> options,
    IBotChannelValidator channelValidator,
    ActivityDeduplicator deduplicator,
    TurnQueue queue,
    TurnProcessor processor,
    ForegroundWork foreground,
    ILogger<ActivityEndpoint> logger)
{
    private static readonly HashSet<string> QueuedTypes = new(StringComparer.Ordinal)
    {
        ActivityTypes.Message, ActivityTypes.ConversationUpdate, ActivityTypes.InstallationUpdate,
    };

    /// <summary>A redelivered invoke whose answer is no longer kept (it came minutes after the first).</summary>
    private static readonly BotHttpResponse AlreadyHandledInvoke = BotHttpResponse.Invoke(InvokeResponses.Message("Dit verzoek is al verwerkt."));

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

        var correlationId = http.TraceIdentifier;
        var dedupKey = $"{activity.Conversation?.Id}|{activity.Id}";
        var hasId = !string.IsNullOrEmpty(activity.Id);
        Task<BotHttpResponse> handling;
        var duplicate = false;
        if (isInvoke)
        {
            handling = hasId
                ? deduplicator.HandleOnce(dedupKey, () => processor.ProcessAsync(activity, correlationId, CancellationToken.None), AlreadyHandledInvoke, out duplicate)
                : processor.ProcessAsync(activity, correlationId, CancellationToken.None);
        }
        else
        {
            var wait = options.Value.EnqueueWait;
            async Task<BotHttpResponse> Enqueue() => await queue.EnqueueAsync(new QueuedTurn(activity, correlationId, dedupKey), wait).ConfigureAwait(false)
                ? BotHttpResponse.Accepted
                : new BotHttpResponse(StatusCodes.Status503ServiceUnavailable, null);
            handling = hasId ? deduplicator.HandleOnce(dedupKey, Enqueue, BotHttpResponse.Accepted, out duplicate) : Enqueue();
        }

        var response = await handling.ConfigureAwait(false);
        if (response.Status == StatusCodes.Status503ServiceUnavailable)
        {
            deduplicator.Forget(dedupKey);
            TurnLog.QueueFull(logger);
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
}
