using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Weiterbildungsraum.Web.Tests.Network;

/// <summary>Just enough SMTP on loopback to receive every message the platform sends while a test runs.</summary>
public sealed class SmtpInbox : IDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource stop = new();
    public ConcurrentQueue<string> Messages { get; } = new();
    public int Port => ((IPEndPoint)listener.LocalEndpoint).Port;

    public SmtpInbox()
    {
        listener.Start();
        _ = Task.Run(AcceptAsync);
    }

    /// <summary>Waits until a message to the address arrives; its whole SMTP conversation, decoded where the body is base64 or quoted-printable.</summary>
    public async Task<string> MessageToAsync(string address, string? containing = null, TimeSpan? timeout = null)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (waited.Elapsed < (timeout ?? TimeSpan.FromSeconds(15)))
        {
            var found = Messages.Where(m => m.Contains($"RCPT TO:<{address}>", StringComparison.OrdinalIgnoreCase)).Select(Decode)
                .FirstOrDefault(m => containing is null || m.Contains(containing, StringComparison.Ordinal));
            if (found is not null) return found;
            await Task.Delay(50);
        }
        throw new TimeoutException($"Keine Mail an {address}{(containing is null ? "" : $" mit „{containing}“")} angekommen.");
    }

    public bool HasMessageTo(string address) => Messages.Any(m => m.Contains($"RCPT TO:<{address}>", StringComparison.OrdinalIgnoreCase));

    private static string Decode(string message)
    {
        // System.Net.Mail writes non-ASCII bodies as base64 or quoted-printable.
        var headerEnd = message.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        if (headerEnd < 0) return message;
        var dataEnd = message.IndexOf("\r\n.\r\n", headerEnd, StringComparison.Ordinal);
        var head = message[..headerEnd];
        var body = message[(headerEnd + 4)..(dataEnd < 0 ? message.Length : dataEnd)];
        if (head.Contains("Content-Transfer-Encoding: base64", StringComparison.OrdinalIgnoreCase))
            return head + "\n\n" + Encoding.UTF8.GetString(Convert.FromBase64String(string.Concat(body.Split("\r\n").Select(l => l.Trim()))));
        if (!head.Contains("quoted-printable", StringComparison.OrdinalIgnoreCase)) return message;
        var text = body.Replace("=\r\n", "");
        var bytes = new List<byte>();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '=' && i + 2 < text.Length && Uri.IsHexDigit(text[i + 1]) && Uri.IsHexDigit(text[i + 2]))
            {
                bytes.Add(Convert.ToByte(text.Substring(i + 1, 2), 16));
                i += 2;
            }
            else bytes.AddRange(Encoding.UTF8.GetBytes(text[i].ToString()));
        }
        return head + "\n\n" + Encoding.UTF8.GetString([.. bytes]);
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
            for (var i = 0; i < 100_000 && await reader.ReadLineAsync() is { } line; i++)
            {
                log.Append(line).Append("\r\n");
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
