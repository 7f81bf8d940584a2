using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace PmgBot.Tests.Integration;

/// <summary>
/// The connector as the bot sees it in integration tests: the primary handler of the named client <c>connector</c>.
/// Records every call and answers like Teams (201 with an id).
/// </summary>
public sealed class RecordingConnector : HttpMessageHandler
{
    private readonly ConcurrentQueue<RecordedCall> _calls = new();
    private int _next;

    public IReadOnlyList<RecordedCall> Calls => [.. _calls];

    /// <summary>When set, called for each request before it is answered; it may throw or return another response.</summary>
    public Func<HttpRequestMessage, HttpResponseMessage?>? Behaviour { get; set; }

    public void Clear() => _calls.Clear();

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        _calls.Enqueue(new RecordedCall(request.Method.Method, request.RequestUri!.AbsolutePath, body is null ? null : JsonNode.Parse(body)));
        if (Behaviour?.Invoke(request) is { } answer)
        {
            return answer;
        }

        var id = Interlocked.Increment(ref _next).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return new HttpResponseMessage(HttpStatusCode.Created)
        {
            Content = new StringContent($$"""{"id":"{{id}}"}""", Encoding.UTF8, "application/json"),
        };
    }
}
