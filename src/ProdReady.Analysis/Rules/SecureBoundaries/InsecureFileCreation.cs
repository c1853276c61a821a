using System.Collections.Frozen;
using System.Numerics;
using ProdReady.Analysis.Engine;
using ProdReady.Core.Diagnostics;
using ProdReady.Python.Syntax;
using ProdReady.Semantics.Model;

namespace ProdReady.Analysis.Rules.SecureBoundaries;

/// <summary><c>SEC008 insecure-file-creation</c>: <c>tempfile.mktemp</c>, or a file made world-writable.</summary>
public sealed class InsecureFileCreation : Rule
{
    private static readonly FrozenSet<string> s_attributes = new[] { "mktemp", "chmod", "fchmod", "lchmod" }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> s_chmod = new[] { "os.chmod", "os.fchmod", "os.lchmod" }.ToFrozenSet(StringComparer.Ordinal);

    /// <inheritdoc />
    public override RuleInfo Info { get; } = new(
        Code: "SEC008",
        Name: "insecure-file-creation",
        Category: ChecklistItem.SecureBoundaries,
        DefaultSeverity: Severity.Error,
        Since: "0.3.0",
        Fix: FixAvailability.None,
        Docs: """
            ## What it does
            Flags `tempfile.mktemp` (a name, not a file) and `os.chmod`, `os.fchmod` or `os.lchmod` with a mode
            that lets every user write: a literal with the `0o002` bit (`0o777`, `0o666`), or a combination
            that includes `stat.S_IWOTH` or `stat.S_IRWXO`. Calls are resolved through imports and aliases.

            Test code is not checked.

            ## Why is this bad?
            `mktemp` returns a name that another process can create first (as a link to a file of yours)
            between the check and your `open`. A world-writable file or folder can be replaced or filled
            by any local user, which turns into code execution when it holds scripts, configuration or
            a socket.

            ## Example
            ```python
            import os, tempfile

            def spool(data):
                path = tempfile.mktemp()
                with open(path, "w") as out:
                    out.write(data)
                os.chmod(path, 0o777)
            ```

            Use instead:
            ```python
            import os, tempfile

            def spool(data):
                fd, path = tempfile.mkstemp()
                with os.fdopen(fd, "w") as out:
                    out.write(data)
                os.chmod(path, 0o640)
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

        if (callee is "tempfile.mktemp")
        {
            context.Report(Info, call.Span, "tempfile.mktemp returns a name another process can create first: use tempfile.mkstemp or NamedTemporaryFile");
        }
        else if (s_chmod.Contains(callee) && SecurityFacts.Argument(call, 1, "mode") is { } mode && IsWorldWritable(mode, model))
        {
            context.Report(Info, mode.Span, $"'{callee}' makes the file writable by every user: drop the 'other' write bit (0o002)");
        }
    }

    private static bool IsWorldWritable(ExprNode mode, SemanticModel model)
    {
        if (SecurityFacts.IntegerValue(mode) is { } value)
        {
            return (value & new BigInteger(2)) != 0;
        }

        return mode switch
        {
            BinOp { Op: Operator.BitOr or Operator.Add } binary => IsWorldWritable(binary.Left, model) || IsWorldWritable(binary.Right, model),
            _ => model.QualifiedNameOf(mode) is "stat.S_IWOTH" or "stat.S_IRWXO",
        };
    }
}
