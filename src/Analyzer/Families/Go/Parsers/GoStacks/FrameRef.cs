namespace Analyzer.Families.Go.Parsers.GoStacks;

/// <summary>
/// One frame of the goroutine being read: interned ids instead of strings, arguments as a range of the scratch
/// text buffer. Grouping compares (Function, File, Line) only, so argument values never split a group.
/// </summary>
internal record struct FrameRef(int Function, int File, int Line, int ArgsStart, int ArgsLength);
