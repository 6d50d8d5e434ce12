namespace Analyzer.Families.Go.Stacks;

/// <summary>How a format names the frame ids it fed to a <see cref="StackTreeBuilder"/>.</summary>
internal sealed record StackFrames(Func<int, string> Name, Func<int, bool> IsKernel);
