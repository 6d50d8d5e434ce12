namespace Analyzer.Fuzz;

/// <summary>One fuzz target: runs one input; any exception that escapes is a bug AFL records as a crash.</summary>
internal interface IFuzzTarget
{
    string Name { get; }

    void Run(byte[] input);
}
