using Analyzer.Rules.Diagnostics;
using Analyzer.Rules.Expressions;
using Analyzer.Rules.Model;

namespace Analyzer.Rules.Yaml;

/// <summary>
/// One <see cref="RuleDefinition"/> in a <see cref="RulePack"/>, without its tests: every field and source location,
/// so a packed rule compiles, reports and fails exactly like one read from its text. Strings go through the pack's
/// string table (index + 1; 0 is null); locations are line and column only, since every location of a rule is in its
/// file and the file's name is given when reading (it depends on where the directory is shown from).
/// </summary>
internal static class PackedDefinitions
{
    public static void Write(BinaryWriter w, RuleDefinition d, Func<string, int> intern)
    {
        void Str(string? s) => w.Write7BitEncodedInt(s is null ? 0 : intern(s) + 1);
        void Loc(SourceLocation l)
        {
            w.Write7BitEncodedInt(l.Line);
            w.Write7BitEncodedInt(l.Column);
        }
        void Expr(ExprSource? e)
        {
            w.Write(e is not null);
            if (e is null) return;
            Str(e.Text);
            Loc(e.Start);
            w.Write(e.SingleLine);
        }
        void Template(TemplateSource? t)
        {
            w.Write(t is not null);
            if (t is null) return;
            Str(t.Text);
            Loc(t.Location);
        }
        void List<T>(IReadOnlyList<T> items, Action<T> item)
        {
            w.Write7BitEncodedInt(items.Count);
            foreach (var i in items) item(i);
        }

        Str(d.Id);
        Str(d.Title);
        Str(d.Symptom);
        w.Write((byte)d.Severity);
        Str(d.Description);
        Str(d.Help);
        List(d.Tags, Str);
        List(d.Params, p =>
        {
            Str(p.Name);
            var kind = ParamKinds.IndexOf(p.Type);
            if (kind < 0) throw new InvalidOperationException($"param type {p.Type} has no pack code");
            w.Write((byte)kind);
            switch (p.Default)
            {
                case long l: w.Write(l); break;
                case double x: w.Write(x); break;
                case bool b: w.Write(b); break;
                case TimeSpan t: w.Write(t.Ticks); break;
                default: Str((string)p.Default); break;
            }
            Str(p.Description);
            Loc(p.Location);
        });
        List(d.Match, b =>
        {
            Str(b.Name);
            Str(b.FactType);
            w.Write((byte)b.Kind);
            Expr(b.Where);
            Loc(b.Location);
            Loc(b.FactTypeLocation);
        });
        List(d.Join, Expr);
        Expr(d.Where);
        List(d.GroupBy, Expr);
        List(d.OrderBy, Expr);
        List(d.Aggregates, a =>
        {
            Str(a.Name);
            Str(a.Function);
            Expr(a.Argument);
            w.Write(a.Percentile.HasValue);
            if (a.Percentile is { } p) w.Write(p);
            Loc(a.Location);
        });
        Expr(d.Having);
        List(d.MergeBy, Expr);
        List(d.Subjects, Expr);
        List(d.Absorbs, a =>
        {
            Str(a.Id);
            Loc(a.Location);
        });
        Template(d.Message);
        List(d.Evidence, e =>
        {
            Str(e.From);
            w.Write7BitEncodedInt(e.Limit);
            Loc(e.Location);
        });
        List(d.NextSteps, Template);
        w.Write(d.Derive is not null);
        if (d.Derive is { } derive)
        {
            Str(derive.FactType);
            List(derive.Fields, f =>
            {
                Str(f.Field);
                Expr(f.Value);
            });
            Loc(derive.Location);
        }
        Loc(d.Location);
    }

    /// <summary>The next definition, its locations in <paramref name="file"/>. Throws <see cref="InvalidDataException"/>
    /// (or an index or end-of-stream exception) on a damaged pack.</summary>
    public static RuleDefinition Read(BinaryReader r, string[] strings, string file)
    {
        string? OptStr()
        {
            var i = r.Read7BitEncodedInt();
            return i == 0 ? null : strings[i - 1];
        }
        string Str() => OptStr() ?? throw new InvalidDataException("a required string is missing from the rule pack");
        SourceLocation Loc() => new(file, r.Read7BitEncodedInt(), r.Read7BitEncodedInt());
        ExprSource? OptExpr() => r.ReadBoolean() ? new ExprSource(Str(), Loc(), r.ReadBoolean()) : null;
        ExprSource Expr() => OptExpr() ?? throw new InvalidDataException("a required expression is missing from the rule pack");
        TemplateSource? OptTemplate() => r.ReadBoolean() ? new TemplateSource(Str(), Loc()) : null;
        IReadOnlyList<T> List<T>(Func<T> item)
        {
            var count = r.Read7BitEncodedInt();
            if (count < 0 || count > r.BaseStream.Length) throw new InvalidDataException("a list length in the rule pack is out of range");
            if (count == 0) return [];
            var items = new T[count];
            for (var i = 0; i < count; i++) items[i] = item();
            return items;
        }
        T Enum<T>(int count, Func<int, T> of)
        {
            var b = r.ReadByte();
            return b < count ? of(b) : throw new InvalidDataException($"code {b} in the rule pack is out of range");
        }

        var id = Str();
        var title = Str();
        var symptom = OptStr();
        var severity = Enum(3, b => (Severity)b);
        var description = OptStr();
        var help = OptStr();
        var tags = List(Str);
        var parameters = List(() =>
        {
            var name = Str();
            var type = Enum(ParamKinds.Count, b => ParamKinds[b]);
            object value = type == ExprType.Int ? r.ReadInt64()
                : type == ExprType.Double ? r.ReadDouble()
                : type == ExprType.Bool ? r.ReadBoolean()
                : type == ExprType.Duration ? TimeSpan.FromTicks(r.ReadInt64())
                : Str();
            return new ParamDefinition(name, type, value, OptStr(), Loc());
        });
        var match = List(() => new BindingDefinition(Str(), Str(), Enum(3, b => (BindingKind)b), OptExpr(), Loc(), Loc()));
        var join = List(Expr);
        var where = OptExpr();
        var groupBy = List(Expr);
        var orderBy = List(Expr);
        var aggregates = List(() => new AggregateDefinition(Str(), Str(), OptExpr(), r.ReadBoolean() ? r.ReadDouble() : null, Loc()));
        var having = OptExpr();
        var mergeBy = List(Expr);
        var subjects = List(Expr);
        var absorbs = List(() => new RuleReference(Str(), Loc()));
        var message = OptTemplate();
        var evidence = List(() => new EvidenceDefinition(Str(), r.Read7BitEncodedInt(), Loc()));
        var nextSteps = List(() => OptTemplate() ?? throw new InvalidDataException("a next step is missing from the rule pack"));
        DeriveDefinition? derive = null;
        if (r.ReadBoolean())
            derive = new DeriveDefinition(Str(), List(() => (Str(), Expr())), Loc());
        return new RuleDefinition
        {
            Id = id,
            Title = title,
            Symptom = symptom,
            Severity = severity,
            Description = description,
            Help = help,
            Tags = tags,
            Params = parameters,
            Match = match,
            Join = join,
            Where = where,
            GroupBy = groupBy,
            OrderBy = orderBy,
            Aggregates = aggregates,
            Having = having,
            MergeBy = mergeBy,
            Subjects = subjects,
            Absorbs = absorbs,
            Message = message,
            Evidence = evidence,
            NextSteps = nextSteps,
            Derive = derive,
            File = file,
            Location = Loc(),
        };
    }

    /// <summary>The param types, by their code in a pack (append only: the pack's format version guards reordering).</summary>
    private static readonly IReadOnlyList<ExprType> ParamKinds = [ExprType.Int, ExprType.Double, ExprType.String, ExprType.Bool, ExprType.Duration];

    private static int IndexOf(this IReadOnlyList<ExprType> kinds, ExprType type)
    {
        for (var i = 0; i < kinds.Count; i++)
            if (kinds[i] == type) return i;
        return -1;
    }
}
