namespace Analyzer.Rules.Engine;

/// <summary>A composite key (join or group_by values) with structural equality.</summary>
internal readonly struct JoinValue(object?[] values) : IEquatable<JoinValue>
{
    private readonly object?[] _values = values;

    public bool Equals(JoinValue other)
    {
        if (_values.Length != other._values.Length) return false;
        for (var i = 0; i < _values.Length; i++)
            if (!Equals(_values[i], other._values[i])) return false;
        return true;
    }

    public override bool Equals(object? obj) => obj is JoinValue v && Equals(v);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var v in _values) hash.Add(v);
        return hash.ToHashCode();
    }
}
