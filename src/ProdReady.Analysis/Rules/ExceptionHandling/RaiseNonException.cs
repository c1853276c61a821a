using ProdReady.Analysis.Engine;
using ProdReady.Core.Diagnostics;
using ProdReady.Python.Syntax;

namespace ProdReady.Analysis.Rules.ExceptionHandling;

/// <summary><c>EXC008 raise-non-exception</c>: raising something that is not an exception.</summary>
public sealed class RaiseNonException : Rule
{
    /// <inheritdoc />
    public override RuleInfo Info { get; } = new(
        Code: "EXC008",
        Name: "raise-non-exception",
        Category: ChecklistItem.ExceptionHandling,
        DefaultSeverity: Severity.Error,
        Since: "0.3.0",
        Fix: FixAvailability.None,
        Docs: """
            ## What it does
            Flags a `raise` of something that cannot be an exception: `NotImplemented` (called or
            not, resolved through the model: a local name `NotImplemented` is not the builtin), a
            string, f-string, number or bytes literal, a string formatted with `%` or `+`, and a
            list, tuple, dict or set display.

            Test code is checked too.

            ## Why is this bad?
            Python raises `TypeError: exceptions must derive from BaseException` instead, so the
            error the code meant to report is lost; `NotImplemented` is a value for binary special
            methods, not `NotImplementedError`.

            ## Example
            ```python
            def area(self):
                raise NotImplemented
            ```

            Use instead:
            ```python
            def area(self):
                raise NotImplementedError("subclasses compute their area")
            ```
            """);

    /// <inheritdoc />
    public override void Register(RuleRegistration registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        registry.OnNode<Raise>(Check);
    }

    private void Check(Raise statement, RuleContext context)
    {
        if (statement.Exc is not { } raised || context.Semantic is not { } model)
        {
            return;
        }

        var what = raised switch
        {
            Constant { Value: string } or JoinedStr => "a string",
            Constant { Value: System.Collections.Immutable.ImmutableArray<byte> } => "bytes",
            Constant { Value: null } => null,
            Constant { Value: bool } => "a boolean",
            Constant { Value: EllipsisValue } => "Ellipsis",
            Constant => "a number",
            BinOp { Left: Constant { Value: string } or JoinedStr } => "a string",
            List or Python.Syntax.Tuple or Dict or Set => "a container",
            _ => model.QualifiedNameOf(raised is Call call ? call.Func : raised) == "builtins.NotImplemented" ? "NotImplemented" : null,
        };
        if (what is null)
        {
            return;
        }

        var fix = what == "NotImplemented" ? "raise NotImplementedError instead" : "raise an exception instance such as ValueError(...)";
        context.Report(Info, raised.Span, $"'raise' of {what}, which is not an exception, fails with TypeError: {fix}");
    }
}
