using Analyzer.Pipeline.Embedded;

namespace Analyzer.Tests.Pipeline;

public sealed class ChunkPipeTests
{
    /// <summary>Bytes come out in order and complete, whatever the write and read sizes, with both sides waiting at times.</summary>
    [Theory]
    [InlineData(1, 7, 100)]
    [InlineData(2, 70_000, 3)]
    [InlineData(3, 200_000, 65_536)]
    public void Everything_written_is_read_in_order(int seed, int maxWrite, int maxRead)
    {
        var data = new byte[3_000_000];
        new Random(seed).NextBytes(data);
        using var pipe = new ChunkPipe();
        var read = new MemoryStream();
        var reader = new Thread(() =>
        {
            var buffer = new byte[maxRead];
            var random = new Random(seed + 1);
            int n;
            while ((n = pipe.Read(buffer.AsSpan(0, random.Next(1, maxRead + 1)))) > 0)
            {
                read.Write(buffer, 0, n);
                if (random.Next(50) == 0) Thread.Sleep(1); // let the ring fill up: the writer waits
            }
        });
        reader.Start();
        var writes = new Random(seed + 2);
        for (var at = 0; at < data.Length;)
        {
            var n = Math.Min(writes.Next(1, maxWrite + 1), data.Length - at);
            pipe.Write(data.AsSpan(at, n));
            at += n;
            if (writes.Next(50) == 0) Thread.Sleep(1); // let the ring run dry: the reader waits
        }
        pipe.CompleteWriting();
        Assert.True(reader.Join(TimeSpan.FromSeconds(30)), "the reader was never woken");
        Assert.Equal(data, read.ToArray());
    }

    [Fact]
    public void A_reader_waiting_for_less_than_half_the_ring_gets_it_when_writing_completes()
    {
        using var pipe = new ChunkPipe();
        var got = -1;
        var reader = new Thread(() => got = pipe.Read(new byte[10]));
        reader.Start();
        Thread.Sleep(50); // the reader waits on the empty ring
        pipe.Write([1, 2, 3]);
        pipe.CompleteWriting();
        Assert.True(reader.Join(TimeSpan.FromSeconds(10)));
        Assert.Equal(3, got);
    }

    [Fact]
    public void A_writer_waiting_on_a_full_ring_is_released_when_the_reader_stops()
    {
        using var pipe = new ChunkPipe();
        var writer = new Thread(() => pipe.Write(new byte[ChunkPipe.ChunkSize * (ChunkPipe.ChunkCount + 2)]));
        writer.Start();
        Thread.Sleep(50); // the writer waits on the full ring
        pipe.ReaderDone();
        Assert.True(writer.Join(TimeSpan.FromSeconds(10)));
    }
}
