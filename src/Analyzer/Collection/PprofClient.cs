using System.Net;
using System.Net.Sockets;

namespace Analyzer.Collection;

/// <summary>
/// GETs from one Go endpoint, over TCP or over HTTP on a unix socket (a <see cref="SocketsHttpHandler.ConnectCallback"/>
/// that connects the socket instead of resolving the host). Bodies are read up to a cap; a request that outlives
/// its timeout is cancelled and what arrived is kept.
/// </summary>
public sealed class PprofClient : IDisposable
{
    private readonly HttpClient _http;
    private readonly GoEndpoint _endpoint;

    public PprofClient(GoEndpoint endpoint)
    {
        _endpoint = endpoint;
        var handler = new SocketsHttpHandler { UseProxy = false, AllowAutoRedirect = false, PooledConnectionLifetime = TimeSpan.FromMinutes(5) };
        if (endpoint.UnixPath is { } path)
        {
            var socketPath = path.StartsWith('@') ? "\0" + path[1..] : path;
            handler.ConnectCallback = async (_, token) =>
            {
                var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
                try
                {
                    await socket.ConnectAsync(new UnixDomainSocketEndPoint(socketPath), token).ConfigureAwait(false);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            };
        }
        _http = new HttpClient(handler) { BaseAddress = endpoint.BaseAddress, Timeout = Timeout.InfiniteTimeSpan };
    }

    /// <summary>The URL a manifest line names.</summary>
    public string Describe(string relative) => _endpoint.UnixPath is { } p ? $"unix:{p} GET /{relative}" : new Uri(_endpoint.BaseAddress, relative).ToString();

    public async Task<ReadResult> GetAsync(string relative, TimeSpan timeout, int cap)
    {
        if (timeout <= TimeSpan.Zero) return new ReadResult([], SourceStatus.Skipped, "time budget spent");
        using var cts = new CancellationTokenSource(timeout);
        var body = new MemoryStream();
        try
        {
            using var response = await _http.GetAsync(relative, HttpCompletionOption.ResponseHeadersRead, cts.Token).ConfigureAwait(false);
            if (response.StatusCode == HttpStatusCode.NotFound) return new ReadResult([], SourceStatus.Absent, "HTTP 404: the program does not serve it");
            if (!response.IsSuccessStatusCode)
            {
                var text = await response.Content.ReadAsStringAsync(cts.Token).ConfigureAwait(false);
                return new ReadResult([], SourceStatus.Failed, $"HTTP {(int)response.StatusCode}: {text.Split('\n')[0].Trim()}");
            }
            await using var stream = await response.Content.ReadAsStreamAsync(cts.Token).ConfigureAwait(false);
            var chunk = new byte[64 * 1024];
            int n;
            while ((n = await stream.ReadAsync(chunk, cts.Token).ConfigureAwait(false)) > 0)
            {
                var keep = (int)Math.Min(n, cap - body.Length);
                body.Write(chunk, 0, keep);
                if (keep < n) return new ReadResult(body.ToArray(), SourceStatus.Truncated, $"cut at {cap} bytes");
            }
            return new ReadResult(body.ToArray(), SourceStatus.Ok, null);
        }
        catch (OperationCanceledException)
        {
            return new ReadResult(body.ToArray(), SourceStatus.TimedOut, $"no complete answer within {timeout.TotalSeconds:0.#} s");
        }
        catch (HttpRequestException e)
        {
            var denied = e.InnerException is SocketException { SocketErrorCode: SocketError.AccessDenied };
            return new ReadResult([], denied ? SourceStatus.Denied : SourceStatus.Failed, e.InnerException?.Message ?? e.Message);
        }
        catch (IOException e)
        {
            return new ReadResult(body.ToArray(), SourceStatus.Failed, e.Message);
        }
    }

    public void Dispose() => _http.Dispose();
}
