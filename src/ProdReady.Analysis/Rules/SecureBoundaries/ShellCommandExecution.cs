using System.Collections.Frozen;
using ProdReady.Analysis.Engine;
using ProdReady.Core.Diagnostics;
using ProdReady.Python.Syntax;

namespace ProdReady.Analysis.Rules.SecureBoundaries;

/// <summary><c>SEC002 shell-command-execution</c>: a command run through a shell (<c>shell=True</c>, <c>os.system</c>, <c>os.popen</c>).</summary>
public sealed class ShellCommandExecution : Rule
{
    /// <summary>Functions that take <c>shell=</c>.</summary>
    private static readonly FrozenSet<string> s_shellKeyword = new[]
    {
        "subprocess.run", "subprocess.call", "subprocess.check_call", "subprocess.check_output", "subprocess.Popen",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Functions that always run their command through a shell.</summary>
    private static readonly FrozenSet<string> s_alwaysShell = new[]
    {
        "os.system", "os.popen", "subprocess.getoutput", "subprocess.getstatusoutput", "asyncio.create_subprocess_shell",
        "asyncio.subprocess.create_subprocess_shell",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> s_attributes = new[]
    {
        "run", "call", "check_call", "check_output", "Popen", "system", "popen", "getoutput", "getstatusoutput", "create_subprocess_shell",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <inheritdoc />
    public override RuleInfo Info { get; } = new(
        Code: "SEC002",
        Name: "shell-command-execution",
        Category: ChecklistItem.SecureBoundaries,
        DefaultSeverity: Severity.Error,
        Since: "0.3.0",
        Fix: FixAvailability.None,
        Docs: """
            ## What it does
            Flags a command run through a shell: a `subprocess` call (`run`, `call`, `check_call`, `check_output`,
            `Popen`) with `shell=` anything but `False`, and `os.system`, `os.popen`, `subprocess.getoutput`,
            `subprocess.getstatusoutput` and `asyncio.create_subprocess_shell`, which always use one. Calls are
            resolved through imports and aliases. A command built from variables is an error; a literal command
            is a warning (nothing injects into it, but it still depends on the shell and its `PATH`).

            Test code is not checked.

            ## Why is this bad?
            The shell parses the whole string: a value containing `;`, `|`, `$(...)` or a quote runs commands of
            its own. Passing an argument list without a shell hands each value to the program as one argument.

            ## Example
            ```python
            import subprocess

            def archive(name):
                subprocess.run(f"tar czf {name}.tgz data", shell=True, check=True)
            ```

            Use instead:
            ```python
            import subprocess

            def archive(name):
                subprocess.run(["tar", "czf", f"{name}.tgz", "data"], check=True)
            ```
            """);

    /// <inheritdoc />
    public override void Register(RuleRegistration registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        registry.OnNode<Call>(Check);
    }

    private void Check(Call call, RuleContext context)
    {
        if (context.IsTestCode || context.Semantic is not { } model || SecurityFacts.Callee(call, model, s_attributes) is not { } callee)
        {
            return;
        }

        string how;
        if (s_alwaysShell.Contains(callee))
        {
            how = $"'{callee}' runs its command through a shell";
        }
        else if (s_shellKeyword.Contains(callee) && SecurityFacts.Keyword(call, "shell") is { } shell && !SecurityFacts.IsBool(shell, false) && !SecurityFacts.IsNone(shell)
            && !(shell is Constant { Value: long or int } && SecurityFacts.IntegerValue(shell) == 0))
        {
            how = $"'{callee}' with shell={(shell is Constant ? "True" : "<variable>")} runs its command through a shell";
        }
        else
        {
            return;
        }

        var command = SecurityFacts.Argument(call, 0, callee is "os.system" or "os.popen" ? "command" : "args") ?? SecurityFacts.Argument(call, 0, "cmd");
        if (command is null || !SecurityFacts.IsLiteral(command))
        {
            context.Report(Info, Severity.Error, call.Span, $"{how}, and the command is built from values: pass an argument list without a shell, or quote every value with shlex.quote");
        }
        else
        {
            context.Report(Info, Severity.Warning, call.Span, $"{how}: pass the literal command as an argument list without a shell");
        }
    }
}
