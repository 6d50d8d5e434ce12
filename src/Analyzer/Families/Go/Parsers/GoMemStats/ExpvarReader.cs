using System.Text.Json;

namespace Analyzer.Families.Go.Parsers.GoMemStats;

/// <summary>
/// Walks the /debug/vars object with <see cref="Utf8JsonReader"/>: only "cmdline", "memstats" and a goroutine
/// count are read; everything else (application vars, BySize, PauseEnd) is skipped without being materialised.
/// </summary>
internal ref struct ExpvarReader
{
    private Utf8JsonReader _json;

    public ExpvarReader(ReadOnlySpan<byte> bytes)
    {
        _json = new Utf8JsonReader(bytes, new JsonReaderOptions
        {
            AllowTrailingCommas = true,
            CommentHandling = JsonCommentHandling.Skip,
        });
    }

    /// <summary>True once the memstats object was read to its closing brace.</summary>
    public bool MemStatsComplete { get; private set; }

    /// <summary>The document is a bare MemStats object (no expvar wrapper).</summary>
    public bool Bare { get; private set; }

    /// <summary>Reads into <paramref name="values"/>; throws <see cref="JsonException"/> on damage, keeping what was read.</summary>
    public void Read(MemStatsValues values)
    {
        if (!_json.Read() || _json.TokenType != JsonTokenType.StartObject)
            throw new JsonException("not a JSON object");
        var more = _json.Read();
        if (more && _json.TokenType == JsonTokenType.PropertyName && !_json.ValueIsEscaped && MemStatsFields.IsField(_json.ValueSpan))
        {
            // json.Marshal(runtime.MemStats): the object itself is the memstats.
            Bare = true;
            ReadMemStatsFields(values);
            if (_json.TokenType != JsonTokenType.EndObject)
                throw new JsonException($"unexpected {_json.TokenType} at byte {_json.TokenStartIndex}");
            MemStatsComplete = true;
            return;
        }
        for (; more && _json.TokenType == JsonTokenType.PropertyName; more = _json.Read())
        {
            var name = Text();
            Next();
            if (name == "cmdline" && _json.TokenType == JsonTokenType.StartArray)
                values.Cmdline = ReadCmdline();
            else if (name == "memstats" && _json.TokenType == JsonTokenType.StartObject)
            {
                ReadMemStats(values);
                MemStatsComplete = true;
            }
            else if (IsGoroutineCount(name) && _json.TokenType == JsonTokenType.Number && _json.TryGetInt64(out var n))
                values.Goroutines = n;
            else
                _json.Skip();
        }
        if (_json.TokenType != JsonTokenType.EndObject)
            throw new JsonException($"unexpected {_json.TokenType} at byte {_json.TokenStartIndex}");
    }

    // expvar has no goroutine count; applications that publish one use names like these.
    private static bool IsGoroutineCount(string name) =>
        name.Equals("goroutines", StringComparison.OrdinalIgnoreCase)
        || name.Equals("NumGoroutine", StringComparison.OrdinalIgnoreCase)
        || name.Equals("num_goroutines", StringComparison.OrdinalIgnoreCase)
        || name.Equals("numgoroutines", StringComparison.OrdinalIgnoreCase);

    private string ReadCmdline()
    {
        var args = new List<string>();
        while (Next() != JsonTokenType.EndArray)
        {
            if (_json.TokenType == JsonTokenType.String)
                args.Add(Text());
            else
                _json.Skip();
        }
        return string.Join(' ', args);
    }

    private void ReadMemStats(MemStatsValues values)
    {
        Next();
        ReadMemStatsFields(values);
    }

    /// <summary>Reads fields from the current property name to the object's end.</summary>
    private void ReadMemStatsFields(MemStatsValues values)
    {
        for (; _json.TokenType == JsonTokenType.PropertyName; Next())
        {
            var name = Text();
            Next();
            if (name == "PauseNs" && _json.TokenType == JsonTokenType.StartArray)
            {
                values.PauseNs.Clear();
                while (Next() != JsonTokenType.EndArray)
                {
                    if (_json.TokenType == JsonTokenType.Number && _json.TryGetUInt64(out var pause))
                        values.PauseNs.Add(pause);
                    else
                        _json.Skip();
                }
            }
            else if (name == "GCCPUFraction" && _json.TokenType == JsonTokenType.Number)
                values.GcCpuFraction = _json.GetDouble();
            else if (_json.TokenType == JsonTokenType.Number && _json.TryGetUInt64(out var number))
                values.Set(name, number); // LastGC and PauseEnd exceed 2^53: never through double
            else
                _json.Skip(); // BySize, PauseEnd, booleans
        }
    }

    private JsonTokenType Next()
    {
        if (!_json.Read())
            throw new JsonException("JSON ends early");
        return _json.TokenType;
    }

    /// <summary>
    /// The current string token. The JSON reader checks UTF-8 only when a string is transcoded, and then throws an
    /// InvalidOperationException that names no place: here it becomes damage with the byte offset.
    /// </summary>
    private string Text()
    {
        try
        {
            return _json.GetString() ?? "";
        }
        catch (InvalidOperationException)
        {
            throw new JsonException($"the JSON string at byte {_json.TokenStartIndex} is not valid UTF-8");
        }
    }
}
