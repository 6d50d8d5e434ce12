namespace Analyzer.Tests.Damage;

/// <summary>
/// A terminal paste that took the shell prompt and command along: <c>user@host:~$ cat PATH</c> above the output and the
/// next, empty prompt below it.
/// </summary>
internal sealed class ShellPrompt : IPasteDamage
{
    public string Name => "shell-prompt";

    public string? NotApplicable(EvidenceKind kind) => null;

    public string Apply(string text, string path, EvidenceKind kind) =>
        $"user@host:~$ cat {path}\n{text}{(text.Length == 0 || text.EndsWith('\n') ? "" : "\n")}user@host:~$ \n";
}
