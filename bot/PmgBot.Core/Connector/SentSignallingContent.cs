using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace PmgBot.Core.Connector;

/// <summary>
/// A JSON request body that reports the moment it has been written and flushed to the connection. Bytes handed to the
/// socket reach the connector even when this process is killed right after, so that moment is the earliest at which
/// a send may be recorded as done without risking a lost reply, and long before the answer comes back.
/// </summary>
internal sealed class SentSignallingContent : HttpContent
{
    private readonly byte[] _body;
    private readonly Action _written;

    public SentSignallingContent(string json, Action written)
    {
        _body = Encoding.UTF8.GetBytes(json);
        _written = written;
        Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
    }

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
        SerializeToStreamAsync(stream, context, CancellationToken.None);

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken)
    {
        await stream.WriteAsync(_body, cancellationToken).ConfigureAwait(false);
        await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
        _written();
    }

    protected override bool TryComputeLength(out long length)
    {
        length = _body.Length;
        return true;
    }
}
