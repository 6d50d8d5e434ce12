using Analyzer.Rules.Config;
using Analyzer.Rules.Diagnostics;
using Analyzer.Rules.Facts;
using Analyzer.Rules.Model;
using Analyzer.Rules.Yaml;

namespace Analyzer.Rules.Engine;

/// <summary>
/// A loaded, checked and compiled set of rules in dependency order: rules that derive a fact type run before the
/// rules that match it; rules matching findings run after every finding rule. A cycle is a load error.
/// </summary>
public sealed class RuleSet
{
    private RuleSet(IReadOnlyList<RuleDefinition> definitions, IReadOnlyList<PlannedRule> ordered, FactCatalog catalog)
    {
        Definitions = definitions;
        Ordered = ordered;
        Catalog = catalog;
        ById = ordered.ToDictionary(r => r.Id, StringComparer.Ordinal);
        Absorbs = ordered.Where(r => r.Definition.Absorbs.Count > 0).ToDictionary(
            r => r.Id, r => (IReadOnlySet<string>)r.Definition.Absorbs.Select(a => a.Id).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
    }

    public IReadOnlyList<RuleDefinition> Definitions { get; }
    public FactCatalog Catalog { get; }
    internal IReadOnlyList<PlannedRule> Ordered { get; }
    internal IReadOnlyDictionary<string, PlannedRule> ById { get; }

    /// <summary>Rule id → the rules whose findings its findings may absorb.</summary>
    internal IReadOnlyDictionary<string, IReadOnlySet<string>> Absorbs { get; }

    /// <summary>
    /// Builds now what an analysis builds on first use, and reports what fails: every message and next-step template
    /// (Handlebars) and every literal pattern's linear-time matcher. The authoring commands (`rules check`,
    /// `rules test`) and an analysis with user rules call it; the shipped rules pass it in CI, so an analysis with
    /// only those skips the cost.
    /// </summary>
    public void Verify(DiagnosticBag diagnostics)
    {
        var compiled = Ordered.Select(r => r.Compiled).ToList();
        Templates.TemplateCompiler.Verify(compiled.SelectMany(r => r.NextSteps.Prepend(r.Message)).OfType<Templates.RuleTemplate>(), diagnostics);
        foreach (var pattern in compiled.SelectMany(r => r.Patterns))
            if (pattern.Verify() is { } problem)
                diagnostics.Add(problem);
    }

    /// <summary>
    /// The same rules under another config (a rule test's params): nothing is compiled again, since a compiled rule
    /// reads its params from the evaluation frame. Null with diagnostics when the config names an unknown rule or param
    /// or gives a value of the wrong type.
    /// </summary>
    public RuleSet? WithConfig(RuleConfig config, DiagnosticBag diagnostics)
    {
        var before = diagnostics.Items.Count;
        CheckConfigNames(config, Definitions.Select(d => d.Id).ToHashSet(StringComparer.Ordinal), diagnostics);
        var ordered = new List<PlannedRule>(Ordered.Count);
        foreach (var rule in Ordered)
        {
            var overrides = config.Rules.GetValueOrDefault(rule.Id);
            var values = RuleCompiler.ResolveParams(rule.Definition, overrides, diagnostics);
            ordered.Add(rule.With(overrides?.Severity ?? rule.Definition.Severity, overrides?.Enabled ?? true, values));
        }
        return diagnostics.Items.Count > before ? null : new RuleSet(Definitions, ordered, Catalog);
    }

    /// <summary>
    /// Reads every <c>*.yaml</c>/<c>*.yml</c> under the given directories (or files): the directories in the order
    /// given, each one's files in path order, so that a rule id used twice is reported at the later directory's file
    /// (a user's rule, not the built-in it collides with). With <paramref name="usePacks"/> (an analysis), a directory
    /// whose <see cref="RulePack"/> matches its files is read from the pack, without the rules' tests; the files read
    /// so are added to <paramref name="packed"/> (as the definitions name them) and the packs to <paramref name="packs"/>.
    /// </summary>
    /// <param name="builtin">The program's built-in rules, read before the directories (their files are named under the
    /// pack's root, <c>rules/…</c>); they count as packed.</param>
    public static IReadOnlyList<RuleDefinition> Read(IEnumerable<string> paths, IReadOnlySet<string> symptoms, DiagnosticBag diagnostics, string? displayRoot = null,
        bool usePacks = false, ISet<string>? packed = null, ICollection<RulePack>? packs = null, RulePack? builtin = null)
    {
        var loader = new RuleFileLoader(symptoms);
        var definitions = new List<RuleDefinition>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        void Add(RulePack pack, List<(string Display, IReadOnlyList<RuleDefinition> Rules)> fromPack)
        {
            packs?.Add(pack);
            foreach (var (display, rules) in fromPack)
            {
                packed?.Add(display);
                definitions.AddRange(rules);
            }
        }
        if (builtin is not null)
            Add(builtin, FromPack(builtin, seen, displayRoot: null)
                ?? throw new InvalidDataException("the program's built-in rules are damaged: reinstall triage"));
        foreach (var path in paths)
        {
            if (usePacks && Directory.Exists(path) && RulePack.TryRead(path) is { } pack && FromPack(pack, seen, displayRoot) is { } fromPack)
            {
                Add(pack, fromPack);
                continue;
            }
            foreach (var file in Files(path).OrderBy(f => f, StringComparer.Ordinal))
                if (seen.Add(file))
                    definitions.AddRange(loader.Load(Display(file, displayRoot), File.ReadAllText(file), diagnostics));
        }
        return definitions;
    }

    /// <summary>The pack's files not read yet, by display name, with their rules; null (read the text) when the pack
    /// turns out damaged. Each file is added to <paramref name="seen"/> only once the whole pack decoded.</summary>
    private static List<(string Display, IReadOnlyList<RuleDefinition> Rules)>? FromPack(RulePack pack, HashSet<string> seen, string? displayRoot)
    {
        var files = new List<(string, IReadOnlyList<RuleDefinition>)>(pack.Files.Count);
        var taken = new List<string>(pack.Files.Count);
        try
        {
            foreach (var (relative, body) in pack.Files)
                if (Path.Combine(pack.Root, relative) is var file && !seen.Contains(file))
                {
                    var display = Display(file, displayRoot);
                    files.Add((display, pack.Definitions(body, display)));
                    taken.Add(file);
                }
        }
        catch (InvalidDataException)
        {
            return null;
        }
        seen.UnionWith(taken);
        return files;
    }

    /// <param name="enumerated">String fields with a closed vocabulary (e.g. a finding's symptom): literals compared
    /// with them or derived into them are checked. None when omitted.</param>
    /// <param name="deferred">Rules whose expressions and templates are compiled on first evaluation instead of now:
    /// only rules already known to compile (read from a rule pack, which <c>rules pack</c> writes only for rules that
    /// pass <c>rules check</c> under this build). Their fact types and config are still checked now.</param>
    public static RuleSet? Compile(IReadOnlyList<RuleDefinition> definitions, FactCatalog catalog, RuleConfig config, DiagnosticBag diagnostics,
        EnumeratedFields? enumerated = null, Func<RuleDefinition, bool>? deferred = null)
    {
        var before = diagnostics.Items.Count;
        foreach (var dup in definitions.GroupBy(d => d.Id).Where(g => g.Count() > 1))
            foreach (var d in dup.Skip(1))
                diagnostics.Add("TRI0105", d.Location, $"rule id {d.Id} is already used by {dup.First().File}", d.Id);
        CheckConfigNames(config, definitions.Select(d => d.Id).ToHashSet(StringComparer.Ordinal), diagnostics);
        CheckAbsorbs(definitions, diagnostics);
        var vocabulary = enumerated ?? EnumeratedFields.None;
        var compiled = new List<PlannedRule>();
        foreach (var d in definitions)
        {
            var overrides = config.Rules.GetValueOrDefault(d.Id);
            if (deferred?.Invoke(d) == true)
            {
                if (RuleCompiler.Header(d, catalog, overrides, diagnostics) is { } header)
                    compiled.Add(new PlannedRule(header, () => CompileNow(d, catalog, vocabulary, overrides)));
            }
            else if (RuleCompiler.Compile(d, catalog, vocabulary, overrides, diagnostics) is { } c)
                compiled.Add(new PlannedRule(c));
        }
        if (diagnostics.Items.Count > before)
            return null;
        var ordered = Stratify(compiled, diagnostics);
        return ordered is null ? null : new RuleSet(definitions, ordered, catalog);
    }

    private static void CheckConfigNames(RuleConfig config, IReadOnlySet<string> ids, DiagnosticBag diagnostics)
    {
        foreach (var (id, o) in config.Rules)
            if (!ids.Contains(id))
                diagnostics.Add("TRI0301", o.Location, $"config names rule {id}, which does not exist", id, DidYouMean.Suggest(id, ids));
    }

    private static CompiledRule CompileNow(RuleDefinition definition, FactCatalog catalog, EnumeratedFields enumerated, RuleOverride? overrides)
    {
        var diagnostics = new DiagnosticBag();
        return RuleCompiler.Compile(definition, catalog, enumerated, overrides, diagnostics) ?? throw new RuleCompileException(diagnostics.Items);
    }

    /// <summary>An absorbed rule must exist, be another rule, and say what its findings are about (subjects).</summary>
    private static void CheckAbsorbs(IReadOnlyList<RuleDefinition> definitions, DiagnosticBag diagnostics)
    {
        var byId = definitions.GroupBy(d => d.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        foreach (var d in definitions)
        {
            if (d.Absorbs.Count > 0 && d.Subjects.Count == 0)
                diagnostics.Add("TRI0119", d.Location, $"rule {d.Id} absorbs other rules' findings but has no 'subjects' to compare them with");
            foreach (var a in d.Absorbs)
            {
                if (!byId.TryGetValue(a.Id, out var other))
                    diagnostics.Add("TRI0119", a.Location, $"absorbs names rule {a.Id}, which does not exist", a.Id, DidYouMean.Suggest(a.Id, byId.Keys));
                else if (other == d)
                    diagnostics.Add("TRI0119", a.Location, $"rule {d.Id} cannot absorb itself (merge_by merges a rule's own rows)", a.Id);
                else if (other.Subjects.Count == 0)
                    diagnostics.Add("TRI0119", a.Location, $"rule {a.Id} has no 'subjects': nothing tells which of its findings are about the same thing", a.Id);
            }
        }
    }

    /// <summary>Topological order over "produces type → consumes type", stable in file order (Kahn's algorithm).</summary>
    private static List<PlannedRule>? Stratify(List<PlannedRule> rules, DiagnosticBag diagnostics)
    {
        var producers = rules.ToLookup(r => r.Produces, StringComparer.Ordinal);
        var deps = rules.ToDictionary(r => r, r => r.Consumes.SelectMany(t => producers[t]).ToHashSet());
        var ordered = new List<PlannedRule>();
        var done = new HashSet<PlannedRule>();
        while (ordered.Count < rules.Count)
        {
            var ready = rules.Where(r => !done.Contains(r) && deps[r].All(done.Contains)).ToList();
            if (ready.Count == 0)
            {
                foreach (var r in rules.Where(r => !done.Contains(r)))
                    diagnostics.Add("TRI0114", r.Definition.Location,
                        $"rule {r.Id} is part of a dependency cycle: it matches {string.Join(", ", r.Consumes)} and produces {r.Produces}",
                        hint: "a rule may not (even indirectly) match the facts it produces");
                return null;
            }
            ordered.AddRange(ready);
            done.UnionWith(ready);
        }
        return ordered;
    }

    /// <summary>Paths under the display root are shown relative to it (rules/go/GO0001.yaml), others in full.</summary>
    private static string Display(string file, string? root)
    {
        if (root is null) return file;
        var relative = Path.GetRelativePath(root, Path.GetFullPath(file));
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? Path.GetFullPath(file) : relative;
    }

    private static IEnumerable<string> Files(string path) =>
        Directory.Exists(path)
            ? RulePack.RuleFilesOf(path)
            : File.Exists(path) ? [path] : throw new DirectoryNotFoundException($"rules path '{path}' does not exist");
}
