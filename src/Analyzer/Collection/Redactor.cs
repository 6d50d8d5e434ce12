using System.Text;
using System.Text.RegularExpressions;

namespace Analyzer.Collection;

/// <summary>
/// Replaces host names, IP addresses and user names by stand-ins (<c>host-1</c>, <c>10.255.0.1</c>, <c>user-1</c>),
/// the same value always by the same stand-in across every file of one capture, so a redacted bundle still shows
/// that two lines name the same peer. Loopback and unspecified addresses identify nothing and are kept.
/// </summary>
public sealed partial class Redactor
{
    private readonly Dictionary<string, string> _map = new(StringComparer.Ordinal);
    private readonly Regex? _names;
    private readonly Lock _gate = new();
    private int _hosts, _users, _ipv4, _ipv6;

    // Dotted quads, and IPv6 written with "::" or in full (eight groups): shorter colon runs are times and offsets.
    [GeneratedRegex(@"(?<![0-9.])(?:25[0-5]|2[0-4][0-9]|1?[0-9]?[0-9])(?:\.(?:25[0-5]|2[0-4][0-9]|1?[0-9]?[0-9])){3}(?![0-9.])")]
    private static partial Regex Ipv4();

    [GeneratedRegex(@"(?<![0-9A-Za-z:])(?:(?:[0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){1,6}:(?:[0-9a-fA-F]{1,4}(?::[0-9a-fA-F]{1,4}){0,5})?)(?![0-9A-Za-z:])")]
    private static partial Regex Ipv6();

    /// <param name="hostNames">The host's names (short and fully qualified).</param>
    /// <param name="userNames">Login names to hide (system accounts such as root are not identifying and stay).</param>
    public Redactor(IEnumerable<string> hostNames, IEnumerable<string> userNames)
    {
        var words = new List<(string Word, string Kind)>();
        foreach (var h in hostNames.Where(h => h.Length >= 2 && h != "localhost").Distinct(StringComparer.Ordinal))
            words.Add((h, "host"));
        foreach (var u in userNames.Where(u => u.Length >= 2).Distinct(StringComparer.Ordinal))
            words.Add((u, "user"));
        foreach (var (word, kind) in words)
            _map.TryAdd(word, kind == "host" ? $"host-{++_hosts}" : $"user-{++_users}");
        if (words.Count > 0)
        {
            // Longest first, so "db1.example.com" is replaced whole before "db1".
            var alternatives = string.Join('|', words.Select(w => w.Word).OrderByDescending(w => w.Length).Select(Regex.Escape));
            _names = new Regex($@"(?<![A-Za-z0-9_-])(?:{alternatives})(?![A-Za-z0-9_-])", RegexOptions.CultureInvariant);
        }
    }

    public string Apply(string text)
    {
        lock (_gate)
        {
            if (_names is not null) text = _names.Replace(text, m => _map[m.Value]);
            text = Ipv4().Replace(text, m => Stand(m.Value, v4: true));
            return Ipv6().Replace(text, m => Stand(m.Value, v4: false));
        }
    }

    public byte[] Apply(ReadOnlySpan<byte> utf8) => Encoding.UTF8.GetBytes(Apply(Encoding.UTF8.GetString(utf8)));

    private string Stand(string address, bool v4)
    {
        if (address is "127.0.0.1" or "0.0.0.0" or "::" or "::1" || address.StartsWith("127.", StringComparison.Ordinal)) return address;
        if (_map.TryGetValue(address, out var known)) return known;
        string stand;
        if (v4)
        {
            var n = ++_ipv4;
            stand = $"10.255.{n / 254 % 256}.{n % 254 + 1}";
        }
        else
            stand = $"fd00::{++_ipv6:x}";
        _map[address] = stand;
        return stand;
    }
}
