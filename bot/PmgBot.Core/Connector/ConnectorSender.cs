using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using PmgBot.Core.Protocol;

namespace PmgBot.Core.Connector;

/// <summary>
/// One HTTP call to the connector (protocol.md §3.2) through the named client <c>connector</c>. The token goes only
/// to the serviceUrl of the request (redirects are off in the client), and never over plain http to a non-loopback
/// host. Response bodies are never logged; the status and <c>X-Correlating-OperationId</c> are.
/// </summary>
internal sealed class ConnectorSender(
    IHttpClientFactory httpClientFactory,
    IConnectorTokenProvider tokens,
    TeamsRateLimiter rateLimiter,
    TimeProvider time,
    ILogger<ConnectorSender> logger) : IConnectorSender
{
    private const string CorrelationHeader = "X-Correlating-OperationId";

    public async Task<ConnectorResult> SendOnceAsync(ConnectorRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!TryBuildUri(request, out var uri))
        {
            ConnectorLog.InvalidServiceUrl(logger, request.Operation);
            return new ConnectorResult(ConnectorOutcome.Failed, null, null, null, "invalid serviceUrl");
        }

        string? token;
        try
        {
            token = await tokens.GetTokenAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            ConnectorLog.TokenFailed(logger, ex);
            return new ConnectorResult(ConnectorOutcome.RetryLater, null, null, null, "token: " + ex.GetType().Name);
        }

        if (token is not null && uri.Scheme != Uri.UriSchemeHttps && !uri.IsLoopback)
        {
            ConnectorLog.InsecureServiceUrl(logger, request.Operation);
            return new ConnectorResult(ConnectorOutcome.Failed, null, null, null, "refusing to send a token over http");
        }

        using var message = new HttpRequestMessage(
            request.Operation == ConnectorOperation.UpdateActivity ? HttpMethod.Put : HttpMethod.Post, uri)
        {
            Content = request.BodyWritten is { } written
                ? new SentSignallingContent(SerializeBody(request), written)
                : new StringContent(SerializeBody(request), Encoding.UTF8, "application/json"),
        };
        if (token is not null)
        {
            message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        var client = httpClientFactory.CreateClient(ConnectorOptions.HttpClientName);
        try
        {
            using var response = await client.SendAsync(message, HttpCompletionOption.ResponseContentRead, cancellationToken).ConfigureAwait(false);
            return await InterpretAsync(request, response, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException ex)
        {
            var outcome = ConnectorClassifier.FromException(request.Operation, ex);
            ConnectorLog.TransportFailed(logger, request.Operation, LogIds.Conversation(request.ConversationId), outcome, ex.HttpRequestError);
            return new ConnectorResult(outcome, null, null, null, "transport: " + ex.HttpRequestError);
        }
        catch (TaskCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            var outcome = ConnectorClassifier.FromException(request.Operation, ex);
            ConnectorLog.TimedOut(logger, request.Operation, LogIds.Conversation(request.ConversationId), outcome);
            return new ConnectorResult(outcome, null, null, null, "timeout");
        }
    }

    private async Task<ConnectorResult> InterpretAsync(ConnectorRequest request, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var status = (int)response.StatusCode;
        var outcome = ConnectorClassifier.FromStatus(request.Operation, status);
        if (outcome == ConnectorOutcome.Delivered)
        {
            var id = await ReadIdAsync(response, cancellationToken).ConfigureAwait(false);
            return new ConnectorResult(outcome, status, id, null, null);
        }

        var correlation = response.Headers.TryGetValues(CorrelationHeader, out var values) ? values.FirstOrDefault() : null;
        var retryAfter = RetryAfter.From(response.Headers, time.GetUtcNow());
        if (response.StatusCode == HttpStatusCode.TooManyRequests && retryAfter is { } wait)
        {
            rateLimiter.PauseUntil(request.RateLimitKey, time.GetUtcNow() + wait);
        }

        ConnectorLog.Unsuccessful(logger, request.Operation, LogIds.Conversation(request.ConversationId), status, outcome, correlation, retryAfter);
        return new ConnectorResult(outcome, status, null, retryAfter, "HTTP " + status.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    private static async Task<string?> ReadIdAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        if (body.Length == 0)
        {
            return null;
        }

        try
        {
            using var doc = JsonDocument.Parse(body);
            return doc.RootElement.ValueKind == JsonValueKind.Object
                && doc.RootElement.TryGetProperty("id", out var id)
                && id.ValueKind == JsonValueKind.String
                ? id.GetString()
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string SerializeBody(ConnectorRequest request) => request.Operation == ConnectorOperation.CreateConversation
        ? JsonSerializer.Serialize(request.Parameters, ProtocolJson.Options)
        : JsonSerializer.Serialize(request.Activity, ProtocolJson.Options);

    /// <summary>
    /// <c>{serviceUrl}v3/conversations[/{conversationId}/activities[/{activityId}]]</c>, with the ids escaped;
    /// serviceUrl may or may not end with '/'.
    /// </summary>
    internal static bool TryBuildUri(ConnectorRequest request, out Uri uri)
    {
        uri = null!;
        if (!Uri.TryCreate(request.ServiceUrl, UriKind.Absolute, out var baseUri)
            || (baseUri.Scheme != Uri.UriSchemeHttps && baseUri.Scheme != Uri.UriSchemeHttp)
            || !string.IsNullOrEmpty(baseUri.Query) || !string.IsNullOrEmpty(baseUri.Fragment))
        {
            return false;
        }

        var root = request.ServiceUrl.EndsWith('/') ? request.ServiceUrl : request.ServiceUrl + "/";
        var path = request.Operation switch
        {
            ConnectorOperation.CreateConversation => "v3/conversations",
            ConnectorOperation.SendToConversation => $"v3/conversations/{Uri.EscapeDataString(request.ConversationId!)}/activities",
            _ => $"v3/conversations/{Uri.EscapeDataString(request.ConversationId!)}/activities/{Uri.EscapeDataString(request.ActivityId!)}",
        };
        return Uri.TryCreate(root + path, UriKind.Absolute, out uri!);
    }
}
