using System.Diagnostics;
using System.Globalization;
using Analyzer.Bundles;
using SharpCompress.Compressors.Xz;

// Decodes each .xz file RUNS times with each decoder and prints the best time and throughput of the decompressed
// bytes; the bytes are read and dropped (the archive reader's work on top is the same for both).
//   dotnet run -c Release --project bench/XzBench -- RUNS FILE.xz...
var runs = int.Parse(args[0], CultureInfo.InvariantCulture);
foreach (var file in args.Skip(1))
{
    foreach (var (name, open) in new (string, Func<Stream, Stream>)[]
             {
                 ("liblzma", s => new XzDecompressionStream(s)),
                 ("SharpCompress", s => new XZStream(s)),
             })
    {
        var best = double.MaxValue;
        long bytes = 0;
        for (var i = 0; i < runs; i++)
        {
            var sw = Stopwatch.StartNew();
            using var input = File.OpenRead(file);
            using var xz = open(input);
            bytes = Drain(xz);
            best = Math.Min(best, sw.Elapsed.TotalMilliseconds);
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{Path.GetFileName(file),-28} {name,-14} {bytes,12} bytes {best,9:F1} ms {bytes / best / 1000,8:F1} MB/s"));
    }
}

static long Drain(Stream s)
{
    var buffer = new byte[64 * 1024];
    long total = 0;
    int n;
    while ((n = s.Read(buffer, 0, buffer.Length)) > 0)
        total += n;
    return total;
}
