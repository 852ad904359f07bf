using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Weiterbildungsraum.Web.Tests.Demand;

/// <summary>Just enough SMTP on loopback to receive any number of messages, one connection after another.</summary>
public sealed class MailCatcher : IDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource stop = new();
    public ConcurrentQueue<string> Messages { get; } = new();
    public int Port => ((IPEndPoint)listener.LocalEndpoint).Port;

    public MailCatcher()
    {
        listener.Start();
        _ = Task.Run(AcceptAsync);
    }

    public Dictionary<string, string> Settings => new()
    {
        ["Smtp:Host"] = "127.0.0.1", ["Smtp:Port"] = $"{Port}", ["Smtp:From"] = "plattform@example.org", ["Smtp:EnableSsl"] = "false",
    };

    /// <summary>A message is complete when the client says goodbye, which may come just after the request that sent it.</summary>
    public async Task WaitForAsync(int count)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (Messages.Count < count && waited.Elapsed < TimeSpan.FromSeconds(10)) await Task.Delay(20);
    }

    private async Task AcceptAsync()
    {
        while (!stop.IsCancellationRequested)
        {
            TcpClient client;
            try { client = await listener.AcceptTcpClientAsync(stop.Token); }
            catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException or SocketException) { return; }
            _ = Task.Run(() => ServeAsync(client));
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using (client)
        {
            using var stream = client.GetStream();
            using var reader = new StreamReader(stream, Encoding.ASCII);
            await using var writer = new StreamWriter(stream, Encoding.ASCII) { AutoFlush = true, NewLine = "\r\n" };
            var log = new StringBuilder();
            await writer.WriteLineAsync("220 test ESMTP");
            var inData = false;
            for (var i = 0; i < 10_000 && await reader.ReadLineAsync() is { } line; i++)
            {
                log.AppendLine(line);
                if (inData)
                {
                    if (line == ".") { inData = false; await writer.WriteLineAsync("250 OK"); }
                    continue;
                }
                var verb = line.Split(' ')[0].ToUpperInvariant();
                if (verb is "EHLO" or "HELO") await writer.WriteLineAsync("250 test");
                else if (verb == "DATA") { inData = true; await writer.WriteLineAsync("354 go"); }
                else if (verb == "QUIT") { await writer.WriteLineAsync("221 bye"); break; }
                else await writer.WriteLineAsync("250 OK");
            }
            Messages.Enqueue(log.ToString());
        }
    }

    public void Dispose()
    {
        stop.Cancel();
        listener.Stop();
    }
}
