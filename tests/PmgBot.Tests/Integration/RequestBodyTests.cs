using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.Extensions.Logging;

namespace PmgBot.Tests.Integration;

/// <summary>
/// Request bodies Kestrel cannot read (protocol errors of the HTTP layer itself), through a real Kestrel socket: the
/// endpoint answers 400, never a 5xx, and nothing is logged as an error.
/// </summary>
public sealed class RequestBodyTests : IAsyncLifetime
{
    private BotApp _app = null!;

    public async Task InitializeAsync()
    {
        var app = new BotApp();
        app.UseKestrel(0);
        _app = await app.StartAsync();
    }

    public Task DisposeAsync()
    {
        _app.Dispose();
        return Task.CompletedTask;
    }

    /// <summary>The bytes after the request line and Host header: headers, blank line, body.</summary>
    private static readonly Dictionary<string, string> BadBodies = new()
    {
        ["chunk size overflows"] = "Transfer-Encoding: chunked\r\n\r\nFFFFFFFFFFFFFFFFFFFF\r\n{}\r\n0\r\n\r\n",
        ["chunk size not hex"] = "Transfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n",
        ["chunk without its CRLF"] = "Transfer-Encoding: chunked\r\n\r\n2\r\n{}XX0\r\n\r\n",
    };

    public static TheoryData<string> BadBodyNames => new(BadBodies.Keys);

    [Theory]
    [MemberData(nameof(BadBodyNames))]
    public async Task Post_UnreadableChunkedBody_Returns400AndLogsNoError(string name)
    {
        var status = await SendRawAsync("POST /api/messages HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n" + BadBodies[name]);

        await _app.WaitForIdleAsync();
        Assert.Equal(400, status);
        Assert.DoesNotContain(_app.Logs.Events, e => e.Level >= LogLevel.Error);
        Assert.Contains(_app.Logs.Events, e => e.EventId == 1004);
        Assert.Empty(_app.Connector.Calls);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Post_ClientGoesAwayMidBody_LogsNoErrorAndHostStaysHealthy(bool reset)
    {
        var endpoint = Endpoint();
        using (var client = new TcpClient())
        {
            await client.ConnectAsync(endpoint.Host, endpoint.Port);
            var stream = client.GetStream();
            var head = "POST /api/messages HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 5000\r\n\r\n{\"type\":\"message\",";
            await stream.WriteAsync(Encoding.ASCII.GetBytes(head));
            await stream.FlushAsync();
            await Task.Delay(200);
            if (reset)
            {
                client.Client.LingerState = new LingerOption(true, 0);
            }
            else
            {
                client.Client.Shutdown(SocketShutdown.Send);
                await Task.Delay(200);
            }
        }

        for (var i = 0; i < 100 && !_app.Logs.Events.Any(e => e.EventId is 1004 or 1005); i++)
        {
            await Task.Delay(20);
        }

        Assert.Contains(_app.Logs.Events, e => e.EventId is 1004 or 1005);
        Assert.DoesNotContain(_app.Logs.Events, e => e.Level >= LogLevel.Error);
        Assert.Equal(HttpStatusCode.OK, (await _app.CreateClient().GetAsync("/healthz")).StatusCode);
    }

    [Fact]
    public async Task Post_WellFormedChunkedMessage_Accepted()
    {
        var json = TestActivities.Message("help").ToJsonString();
        var chunked = $"{Encoding.UTF8.GetByteCount(json):X}\r\n{json}\r\n0\r\n\r\n";

        var status = await SendRawAsync("POST /api/messages HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n" + chunked);
        await _app.WaitForIdleAsync();

        Assert.Equal(202, status);
        Assert.Single(_app.Connector.Calls);
    }

    private Uri Endpoint() => _app.CreateClient().BaseAddress!;

    /// <summary>Writes <paramref name="request"/> as is and returns the status code of the response line.</summary>
    private async Task<int> SendRawAsync(string request)
    {
        var endpoint = Endpoint();
        using var client = new TcpClient();
        await client.ConnectAsync(endpoint.Host, endpoint.Port);
        var stream = client.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request));
        await stream.FlushAsync();
        using var reader = new StreamReader(stream, Encoding.ASCII);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var statusLine = await reader.ReadLineAsync(timeout.Token) ?? "";
        Assert.StartsWith("HTTP/1.1 ", statusLine, StringComparison.Ordinal);
        return int.Parse(statusLine.AsSpan(9, 3), System.Globalization.CultureInfo.InvariantCulture);
    }
}
