using System.IO.Compression;
using Analyzer.Inventory;

namespace Analyzer.Bundles;

/// <summary>
/// Opens one container whose format was sniffed, announces it when it is nested, reads its members through the
/// matching reader and reports it failed when its data turns out to be damaged.
/// </summary>
internal static class ArchiveOpener
{
    /// <summary>Reads an archive found inside the bundle; its members are named <c>&lt;path&gt;/&lt;member&gt;</c>.</summary>
    /// <returns>The scope that was read, or null when the archive was not opened at all.</returns>
    public static ArchiveScope? ReadNested(
        ReadSession session, string path, Stream content, ContainerFormat format, int depth) =>
        Read(session, path, memberPrefix: path, content, format, depth, announce: true);

    /// <summary>Reads the bundle file itself: members carry no prefix and problems name the bundle's file name.</summary>
    public static void ReadTopLevel(ReadSession session, string fileName, Stream file, ContainerFormat format) =>
        Read(session, fileName, memberPrefix: "", file, format, depth: 0, announce: false);

    private static ArchiveScope? Read(
        ReadSession session, string path, string memberPrefix, Stream content, ContainerFormat format, int depth,
        bool announce)
    {
        if (format == ContainerFormat.Zip)
        {
            return ReadZip(session, path, memberPrefix, content, depth, announce);
        }

        var rawInput = new CountingStream(content);
        var scope = new ArchiveScope(path, memberPrefix, depth, rawInput);
        try
        {
            if (format == ContainerFormat.Tar)
            {
                Announce(session, path, "tar", announce);
                if (TarBundle.Read(session, scope, rawInput) is { } reason)
                {
                    session.ReportBroken(scope, reason);
                }
            }
            else
            {
                ReadCompressed(session, scope, path, rawInput, format, announce);
            }
        }
        finally
        {
            session.FinishScope(scope);
        }

        return scope;
    }

    private static void ReadCompressed(
        ReadSession session, ArchiveScope scope, string path, CountingStream rawInput, ContainerFormat format, bool announce)
    {
        var suffix = format == ContainerFormat.Gzip ? "gz" : "xz";
        Stream decompressor;
        try
        {
            if (format == ContainerFormat.Gzip)
            {
                var tail = new TailKeepingStream(rawInput);
                decompressor = new GzipCheckedStream(new GZipStream(tail, CompressionMode.Decompress, leaveOpen: true), tail, rawInput);
            }
            else
            {
                decompressor = new XzDecompressionStream(rawInput);
            }
        }
        catch (Exception exception) when (exception is LzmaUnavailableException || StreamFaults.IsDataFault(exception))
        {
            Announce(session, path, suffix, announce);
            session.Sink.OnProblem(path, InputStatus.Failed, $"cannot decompress {suffix} data: {exception.Message}");
            return;
        }

        using (decompressor)
        {
            var guard = new FaultTolerantStream(decompressor);
            var content = new HeadPeekStream(guard, ContainerSniffer.HeadLength);
            var holdsTar = guard.Fault is null && ContainerSniffer.LooksLikeTar(content.Head);
            Announce(session, path, holdsTar ? $"tar.{suffix}" : suffix, announce);

            string? reason = null;
            if (guard.Fault is null && content.Head.IsEmpty && scope.RawBytesRead == 0)
            {
                // GZipStream treats no input at all as an empty stream; an empty file is not compressed data.
                reason = $"the file is empty, not {suffix} data";
            }
            else if (guard.Fault is null || (!holdsTar && !content.Head.IsEmpty))
            {
                // A plain member cut off within its first bytes still delivers those bytes (marked partial below).
                reason = holdsTar
                    ? TarBundle.Read(session, scope, content)
                    : ReadSingleMember(session, scope, path, content);
                if (holdsTar && reason is null && guard.Fault is null)
                {
                    // The tar ends at its end marker, but gzip's CRC and xz's check sit at the end of the compressed
                    // data: read on to them, or damage that decoded to other bytes (or to a false end marker) stays silent.
                    session.Consume(content);
                }
                if (!holdsTar && guard.Fault is { } fault)
                {
                    // The member saw a quiet end (this guard swallowed the fault): its record must say it is not whole.
                    session.Sink.OnProblem(WithoutCompressionSuffix(path), InputStatus.Partial, $"content cut short: {fault}");
                }
            }

            // The decoder's own complaint explains a cut better than the tar reader's "unexpected end".
            if ((guard.Fault ?? reason) is { } failure)
            {
                session.ReportBroken(scope, failure);
            }
        }
    }

    /// <summary>A compressed file that is not a tar: one member, named like the file without its .gz/.xz.</summary>
    /// <remarks>
    /// GZipStream ends quietly when gzip input is cut off; <see cref="GzipCheckedStream"/> notices it at the trailer.
    /// The xz decoder reports truncation itself.
    /// </remarks>
    private static string? ReadSingleMember(ReadSession session, ArchiveScope scope, string path, Stream content)
    {
        scope.MembersSeen++;
        var member = WithoutCompressionSuffix(path);
        if (member == path)
        {
            // A gzipped file without .gz (kubo's `cpu.pprof`, go-ipfs' `ipfs.heap`): its one member is the file itself,
            // so it may be delivered under the path already taken by the container.
            session.AllowRedelivery(path);
        }
        var outcome = session.DeliverFile(
            scope, member, declaredSize: null, content, expectedLength: null, mustDrain: false);
        return outcome.Kind == EntryOutcomeKind.Broken ? outcome.Reason : null;
    }

    private static ArchiveScope? ReadZip(
        ReadSession session, string path, string memberPrefix, Stream content, int depth, bool announce)
    {
        var seekable = content.CanSeek ? content : BufferInMemory(session, path, content);
        if (seekable is null)
        {
            return null;
        }

        var scope = new ArchiveScope(path, memberPrefix, depth, rawInput: null);
        try
        {
            Announce(session, path, "zip", announce);
            if (ZipBundle.Read(session, scope, seekable) is { } reason)
            {
                session.ReportBroken(scope, reason);
            }
        }
        finally
        {
            session.FinishScope(scope);
            if (!ReferenceEquals(seekable, content))
            {
                seekable.Dispose();
            }
        }

        return scope;
    }

    /// <summary>Zip keeps its directory at the end, so a zip inside a stream is buffered, but only up to a cap.</summary>
    private static MemoryStream? BufferInMemory(ReadSession session, string path, Stream content)
    {
        var cap = session.Limits.MaxBufferedArchiveBytes;
        var buffer = new MemoryStream();
        var chunk = new byte[81_920];
        while (true)
        {
            var want = (int)Math.Min(chunk.Length, cap + 1 - buffer.Length);
            var read = content.Read(chunk, 0, want);
            if (read == 0)
            {
                buffer.Position = 0;
                return buffer;
            }

            buffer.Write(chunk, 0, read);
            if (buffer.Length > cap)
            {
                buffer.Dispose();
                session.Sink.OnProblem(
                    path,
                    InputStatus.Skipped,
                    $"zip archive is larger than {cap} bytes, too large to open in memory; not read");
                return null;
            }
        }
    }

    private static void Announce(ReadSession session, string path, string format, bool announce)
    {
        if (announce)
        {
            session.Sink.OnArchive(path, format);
        }
    }

    private static string WithoutCompressionSuffix(string path)
    {
        foreach (var suffix in (ReadOnlySpan<string>)[".gz", ".xz"])
        {
            if (path.Length > suffix.Length && path.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                return path[..^suffix.Length];
            }
        }

        // Without a telling suffix the member keeps the archive's own name; parsers still see the original name.
        return path;
    }
}
