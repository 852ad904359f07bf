using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading.Channels;

namespace Weiterbildungsraum.Tests;

/// <summary>Just enough SMTP on loopback to receive messages: each one as the server saw it (commands, headers, body).</summary>
public sealed class FakeSmtp : IDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly Channel<string> received = Channel.CreateUnbounded<string>();
    private readonly CancellationTokenSource stop = new();
    public int Port => ((IPEndPoint)listener.LocalEndpoint).Port;

    public FakeSmtp()
    {
        listener.Start();
        _ = Task.Run(AcceptAsync);
    }

    /// <summary>Every message received so far, in the order they arrived.</summary>
    public ConcurrentQueue<string> Messages { get; } = new();

    /// <summary>The settings that point the platform at this server.</summary>
    public Dictionary<string, string> Settings() => new()
    {
        ["Smtp:Host"] = "127.0.0.1", ["Smtp:Port"] = Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Smtp:From"] = "plattform@example.org", ["Smtp:EnableSsl"] = "false",
    };

    /// <summary>The next message, in the order they arrived; fails after the timeout.</summary>
    public async Task<string> NextAsync(TimeSpan? timeout = null)
    {
        using var limit = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(20));
        try
        {
            return await received.Reader.ReadAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException("Keine Mail angekommen.");
        }
    }

    /// <summary>Waits until at least <paramref name="count"/> messages have arrived.</summary>
    public async Task WaitForAsync(int count, TimeSpan? timeout = null)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (Messages.Count < count)
        {
            if (waited.Elapsed > (timeout ?? TimeSpan.FromSeconds(20))) throw new TimeoutException($"{Messages.Count} statt {count} Mails angekommen.");
            await Task.Delay(50);
        }
    }

    /// <summary>Waits for a message to the address (and with the text, if given): the SMTP conversation followed by the decoded body.</summary>
    public async Task<string> MessageToAsync(string address, string? containing = null, TimeSpan? timeout = null)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (waited.Elapsed < (timeout ?? TimeSpan.FromSeconds(15)))
        {
            var found = Messages.Where(m => IsTo(m, address)).Select(m => m + "\n" + BodyOf(m))
                .FirstOrDefault(m => containing is null || m.Contains(containing, StringComparison.Ordinal));
            if (found is not null) return found;
            await Task.Delay(50);
        }
        throw new TimeoutException($"Keine Mail an {address}{(containing is null ? "" : $" mit „{containing}“")} angekommen.");
    }

    private static bool IsTo(string message, string address) => message.Contains($"RCPT TO:<{address}>", StringComparison.OrdinalIgnoreCase);

    /// <summary>The text of a received message, decoded from the transfer encoding the client chose (base64 or quoted-printable for German text).</summary>
    public static string BodyOf(string message)
    {
        var data = message[(message.IndexOf("\nDATA", StringComparison.Ordinal) + 6)..];
        var split = data.IndexOf("\r\n\r\n", StringComparison.Ordinal) is var i and >= 0 ? i : data.IndexOf("\n\n", StringComparison.Ordinal);
        var headers = data[..split];
        var body = data[split..].Trim();
        if (body.EndsWith("\n.", StringComparison.Ordinal) || body == ".") body = body[..^1].TrimEnd();
        if (headers.Contains("Content-Transfer-Encoding: base64", StringComparison.OrdinalIgnoreCase))
            return Encoding.UTF8.GetString(Convert.FromBase64String(string.Concat(body.Split('\n').Select(l => l.Trim()))));
        if (headers.Contains("Content-Transfer-Encoding: quoted-printable", StringComparison.OrdinalIgnoreCase))
        {
            var joined = body.Replace("=\r\n", "").Replace("=\n", "");
            var bytes = new List<byte>();
            for (var k = 0; k < joined.Length; k++)
                if (joined[k] == '=' && k + 2 < joined.Length && Uri.IsHexDigit(joined[k + 1]) && Uri.IsHexDigit(joined[k + 2]))
                {
                    bytes.Add(Convert.ToByte(joined.Substring(k + 1, 2), 16));
                    k += 2;
                }
                else bytes.AddRange(Encoding.UTF8.GetBytes(joined[k].ToString()));
            return Encoding.UTF8.GetString(bytes.ToArray());
        }
        return body;
    }

    private async Task AcceptAsync()
    {
        while (!stop.IsCancellationRequested)
        {
            TcpClient client;
            try { client = await listener.AcceptTcpClientAsync(stop.Token); }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException) { return; }
            _ = Task.Run(() => ServeAsync(client));
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using var _ = client;
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
                if (line == ".")
                {
                    inData = false;
                    await writer.WriteLineAsync("250 OK");
                    Messages.Enqueue(log.ToString());
                    received.Writer.TryWrite(log.ToString());
                    log.Clear();
                }
                continue;
            }
            var verb = line.Split(' ')[0].ToUpperInvariant();
            if (verb is "EHLO" or "HELO") await writer.WriteLineAsync("250 test");
            else if (verb == "DATA") { inData = true; await writer.WriteLineAsync("354 go"); }
            else if (verb == "QUIT") { await writer.WriteLineAsync("221 bye"); break; }
            else await writer.WriteLineAsync("250 OK");
        }
    }

    public void Dispose()
    {
        stop.Cancel();
        listener.Stop();
    }
}
