using System.Net.Sockets;

namespace PmgBot.E2E.Support;

/// <summary>Checks whether something already listens on a loopback port, so a test can fail clearly instead of talking to a stranger.</summary>
public static class LoopbackPort
{
    public static bool IsInUse(int port)
    {
        using var client = new TcpClient();
        try
        {
            return client.ConnectAsync("127.0.0.1", port).Wait(TimeSpan.FromSeconds(2));
        }
        catch (AggregateException e) when (e.InnerException is SocketException)
        {
            return false;
        }
    }

    public static void EnsureFree(int port, string what)
    {
        if (IsInUse(port))
        {
            throw new InvalidOperationException(
                $"Port {port} is already in use, so the {what} cannot start there. Stop whatever listens on it (ss -ltnp | grep {port}) and run the tests again.");
        }
    }
}
