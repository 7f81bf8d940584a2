using System.Net;
using System.Net.Sockets;

namespace PmgBot.Benchmarks.Harness;

/// <summary>Refuses to start when a benchmark port is taken (e.g. a previous run still going), so no figure comes from a stranger.</summary>
public static class PortCheck
{
    public static async Task EnsureFreeAsync(IEnumerable<int> ports, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ports);
        foreach (var port in ports)
        {
            using var client = new TcpClient();
            try
            {
                await client.ConnectAsync(IPAddress.Loopback, port, cancellationToken).ConfigureAwait(false);
            }
            catch (SocketException)
            {
                continue;
            }

            throw new InvalidOperationException($"Port {port} on 127.0.0.1 is in use (a previous benchmark still running?); stop that process first.");
        }
    }
}
