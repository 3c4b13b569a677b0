using System.Net;
using System.Net.Sockets;

namespace PostmortemSite.Serving;

/// <summary>Finds the port serve listens on before the first build, so a busy port costs no build and no stack trace.</summary>
public static class FreePort
{
    /// <summary>How many ports from the requested one are tried, as `hugo server` moves on to the next free one.</summary>
    public const int Attempts = 20;

    /// <summary>The requested port when nothing listens on it on the loopback address, else the next free one; null when none of them is free. 0 stays 0 (any port).</summary>
    public static int? From(int requested)
    {
        if (requested == 0)
        {
            return 0;
        }

        for (var port = requested; port < requested + Attempts && port <= IPEndPoint.MaxPort; port++)
        {
            if (IsFree(port))
            {
                return port;
            }
        }

        return null;
    }

    private static bool IsFree(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            listener.Stop();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
