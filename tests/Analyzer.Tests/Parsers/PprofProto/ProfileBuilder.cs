using System.IO.Compression;

namespace Analyzer.Tests.Parsers.PprofProto;

/// <summary>
/// Builds profile.proto bytes the way Go writes them (sample types, samples, locations, functions, then the string
/// table — samples before the tables they reference). Locations take function names, innermost inlined first.
/// </summary>
internal sealed class ProfileBuilder
{
    private readonly List<string> _strings = [""];
    private readonly List<(string Type, string Unit)> _types = [];
    private readonly List<(long[] Locations, long[] Values)> _samples = [];
    private readonly List<string[]> _locations = [];
    private readonly List<string> _functions = [];
    private string? _defaultType;

    public long DurationNanos { get; set; } = 2_000_000_000;
    public bool Unpacked { get; set; }

    /// <summary>Added to every location id (declared and sampled): large values make the ids sparse.</summary>
    public long LocationIdBase { get; set; }

    public ProfileBuilder SampleType(string type, string unit)
    {
        _types.Add((type, unit));
        return this;
    }

    public ProfileBuilder DefaultType(string type)
    {
        _defaultType = type;
        return this;
    }

    /// <summary>Declares a location (ids are 1-based in declaration order) with its functions, innermost first.</summary>
    public ProfileBuilder Location(params string[] functions)
    {
        _locations.Add(functions);
        foreach (var f in functions.Where(f => !_functions.Contains(f)))
            _functions.Add(f);
        return this;
    }

    /// <summary>A sample: location ids leaf first, and one value per sample type.</summary>
    public ProfileBuilder Sample(long[] locations, params long[] values)
    {
        _samples.Add((locations, values));
        return this;
    }

    public byte[] Build()
    {
        var w = new ProtoWriter();
        foreach (var (type, unit) in _types)
            w.Message(1, m => m.Int(1, Str(type)).Int(2, Str(unit)));
        foreach (var (locations, values) in _samples)
        {
            w.Message(2, m =>
            {
                if (Unpacked)
                    m.Unpacked(1, locations.Select(l => l + LocationIdBase).ToArray()).Unpacked(2, values);
                else
                    m.Packed(1, locations.Select(l => l + LocationIdBase).ToArray()).Packed(2, values);
                m.Message(3, l => l.Int(1, Str("thread")).Int(2, Str("main")));
            });
        }
        w.Message(3, m => m.Int(1, 1).Int(5, Str("/bin/app")));
        for (var i = 0; i < _locations.Count; i++)
        {
            var id = i + 1 + LocationIdBase;
            var lines = _locations[i];
            w.Message(4, m =>
            {
                m.Int(1, id).Int(2, 1).Int(3, 0x1000 + id * 0x10);
                foreach (var f in lines)
                    m.Message(4, l => l.Int(1, _functions.IndexOf(f) + 1).Int(2, 10));
            });
        }
        for (var i = 0; i < _functions.Count; i++)
        {
            var id = i + 1;
            var name = _functions[i];
            w.Message(5, m => m.Int(1, id).Int(2, Str(name)).Int(3, Str(name)).Int(4, Str("/src/" + name + ".go")));
        }
        var period = Str("cpu");
        var nanos = Str("nanoseconds");
        var defaultType = _defaultType is null ? 0 : Str(_defaultType);
        var comment = Str("built by a test");
        w.Int(9, 1_500_000_000_000_000_000).Int(10, DurationNanos);
        w.Message(11, m => m.Int(1, period).Int(2, nanos)).Int(12, 10_000_000);
        w.Packed(13, comment);
        if (defaultType != 0)
            w.Int(14, defaultType);
        foreach (var s in _strings)
            w.String(6, s);
        return w.ToArray();
    }

    public static byte[] Gzip(byte[] raw)
    {
        var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true))
            gzip.Write(raw);
        return output.ToArray();
    }

    private long Str(string s)
    {
        var i = _strings.IndexOf(s);
        if (i >= 0)
            return i;
        _strings.Add(s);
        return _strings.Count - 1;
    }
}
