using System.CommandLine;

namespace Analyzer.Cli.Commands;

/// <summary>
/// <c>triage completion bash|zsh|fish</c>: a script for the shell's startup file. The scripts hold no word lists:
/// each asks triage itself through System.CommandLine's <c>[suggest:N]</c> directive, so commands, options and
/// option values (formats, --fail-on levels) complete as this version of triage defines them.
/// </summary>
internal static class CompletionCommand
{
    public static Command Create()
    {
        var shell = new Argument<string>("shell") { Description = "bash, zsh or fish." };
        shell.AcceptOnlyFromAmong("bash", "zsh", "fish");
        var command = new Command("completion", "Print a shell completion script, e.g. 'source <(triage completion bash)' in ~/.bashrc.") { shell };
        command.SetAction(parse =>
        {
            Console.Out.Write(Script(parse.GetValue(shell)!));
            return ExitCodes.Ok;
        });
        return command;
    }

    private static string Script(string shell) => shell switch
    {
        // COMP_LINE up to the cursor is the line the directive completes; files still complete (-o default) where
        // triage suggests nothing, as for the bundle argument.
        "bash" => """
            _triage_complete() {
                local line="${COMP_LINE:0:$COMP_POINT}"
                local IFS=$'\n'
                COMPREPLY=($(compgen -W "$(triage "[suggest:${#line}]" "$line" 2>/dev/null)" -- "${COMP_WORDS[COMP_CWORD]}"))
            }
            complete -o default -F _triage_complete triage

            """,
        "zsh" => """
            #compdef triage
            _triage() {
                local line="${(j: :)words[1,CURRENT]}"
                local -a candidates
                candidates=("${(@f)$(triage "[suggest:${#line}]" "$line" 2>/dev/null)}")
                compadd -a candidates
                _files
            }
            compdef _triage triage

            """,
        _ => """
            complete -c triage -a '(set -l line (commandline -cp); triage "[suggest:"(string length -- "$line")"]" "$line" 2>/dev/null)'

            """,
    };
}
