using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Analyzer.Rules.Yaml;

/// <summary>
/// The binary form of YAML parsing events in a <see cref="RulePack"/>: a kind byte, the event's own fields (strings
/// as indexes into the pack's string table) and its start and end marks, so that a rule loaded from a pack reports
/// the same file:line:col as one read from its text.
/// </summary>
internal static class PackedEvents
{
    private enum Kind : byte { StreamStart, StreamEnd, DocumentStart, DocumentEnd, MappingStart, MappingEnd, SequenceStart, SequenceEnd, Scalar, Alias }

    public static void Write(BinaryWriter w, ParsingEvent e, Func<string, int> intern)
    {
        switch (e)
        {
            case StreamStart: w.Write((byte)Kind.StreamStart); break;
            case StreamEnd: w.Write((byte)Kind.StreamEnd); break;
            case DocumentStart d: w.Write((byte)Kind.DocumentStart); w.Write(d.IsImplicit); break;
            case DocumentEnd d: w.Write((byte)Kind.DocumentEnd); w.Write(d.IsImplicit); break;
            case MappingStart m:
                w.Write((byte)Kind.MappingStart);
                WriteCollectionStart(w, m.Anchor, m.Tag, m.IsImplicit, (byte)m.Style, intern);
                break;
            case MappingEnd: w.Write((byte)Kind.MappingEnd); break;
            case SequenceStart s:
                w.Write((byte)Kind.SequenceStart);
                WriteCollectionStart(w, s.Anchor, s.Tag, s.IsImplicit, (byte)s.Style, intern);
                break;
            case SequenceEnd: w.Write((byte)Kind.SequenceEnd); break;
            case Scalar s:
                w.Write((byte)Kind.Scalar);
                WriteNode(w, s.Anchor, s.Tag, intern);
                w.Write7BitEncodedInt(intern(s.Value));
                w.Write((byte)s.Style);
                w.Write((byte)((s.IsPlainImplicit ? 1 : 0) | (s.IsQuotedImplicit ? 2 : 0) | (s.IsKey ? 4 : 0)));
                break;
            case AnchorAlias a: w.Write((byte)Kind.Alias); w.Write7BitEncodedInt(intern(a.Value.Value)); break;
            default: throw new NotSupportedException($"YAML event {e.GetType().Name} cannot be packed");
        }
        WriteMark(w, e.Start);
        WriteMark(w, e.End);
    }

    public static ParsingEvent Read(BinaryReader r, string[] strings)
    {
        var kind = (Kind)r.ReadByte();
        switch (kind)
        {
            case Kind.StreamStart: return new StreamStart(ReadMark(r), ReadMark(r));
            case Kind.StreamEnd: return new StreamEnd(ReadMark(r), ReadMark(r));
            case Kind.DocumentStart:
            {
                var isImplicit = r.ReadBoolean();
                return new DocumentStart(null, null, isImplicit, ReadMark(r), ReadMark(r));
            }
            case Kind.DocumentEnd:
            {
                var isImplicit = r.ReadBoolean();
                return new DocumentEnd(isImplicit, ReadMark(r), ReadMark(r));
            }
            case Kind.MappingStart:
            {
                var (anchor, tag, isImplicit, style) = ReadCollectionStart(r, strings);
                return new MappingStart(anchor, tag, isImplicit, (MappingStyle)style, ReadMark(r), ReadMark(r));
            }
            case Kind.MappingEnd: return new MappingEnd(ReadMark(r), ReadMark(r));
            case Kind.SequenceStart:
            {
                var (anchor, tag, isImplicit, style) = ReadCollectionStart(r, strings);
                return new SequenceStart(anchor, tag, isImplicit, (SequenceStyle)style, ReadMark(r), ReadMark(r));
            }
            case Kind.SequenceEnd: return new SequenceEnd(ReadMark(r), ReadMark(r));
            case Kind.Scalar:
            {
                var (anchor, tag) = ReadNode(r, strings);
                var value = strings[r.Read7BitEncodedInt()];
                var style = (ScalarStyle)r.ReadByte();
                var flags = r.ReadByte();
                return new Scalar(anchor, tag, value, style, (flags & 1) != 0, (flags & 2) != 0, ReadMark(r), ReadMark(r), (flags & 4) != 0);
            }
            case Kind.Alias:
            {
                var anchor = new AnchorName(strings[r.Read7BitEncodedInt()]);
                return new AnchorAlias(anchor, ReadMark(r), ReadMark(r));
            }
            default: throw new InvalidDataException($"unknown YAML event kind {(byte)kind} in a rule pack");
        }
    }

    // Index 0 of the string table is the empty string: an absent anchor or tag.
    private static void WriteNode(BinaryWriter w, AnchorName anchor, TagName tag, Func<string, int> intern)
    {
        w.Write7BitEncodedInt(anchor.IsEmpty ? 0 : intern(anchor.Value));
        w.Write7BitEncodedInt(tag.IsEmpty ? 0 : intern(tag.Value));
    }

    private static void WriteCollectionStart(BinaryWriter w, AnchorName anchor, TagName tag, bool isImplicit, byte style, Func<string, int> intern)
    {
        WriteNode(w, anchor, tag, intern);
        w.Write(isImplicit);
        w.Write(style);
    }

    private static (AnchorName Anchor, TagName Tag, bool IsImplicit, byte Style) ReadCollectionStart(BinaryReader r, string[] strings)
    {
        var (anchor, tag) = ReadNode(r, strings);
        return (anchor, tag, r.ReadBoolean(), r.ReadByte());
    }

    private static (AnchorName Anchor, TagName Tag) ReadNode(BinaryReader r, string[] strings)
    {
        var anchor = r.Read7BitEncodedInt();
        var tag = r.Read7BitEncodedInt();
        return (anchor == 0 ? AnchorName.Empty : new AnchorName(strings[anchor]), tag == 0 ? TagName.Empty : new TagName(strings[tag]));
    }

    private static void WriteMark(BinaryWriter w, Mark mark)
    {
        w.Write7BitEncodedInt64(mark.Index);
        w.Write7BitEncodedInt64(mark.Line);
        w.Write7BitEncodedInt64(mark.Column);
    }

    private static Mark ReadMark(BinaryReader r) => new(r.Read7BitEncodedInt64(), r.Read7BitEncodedInt64(), r.Read7BitEncodedInt64());
}
