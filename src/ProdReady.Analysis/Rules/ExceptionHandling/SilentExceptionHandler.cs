using ProdReady.Analysis.Engine;
using ProdReady.Core.Diagnostics;
using ProdReady.Core.Text;
using ProdReady.Python.Syntax;

namespace ProdReady.Analysis.Rules.ExceptionHandling;

/// <summary><c>EXC003 silent-exception-handler</c>: an <c>except</c> clause whose whole body is <c>pass</c>, <c>...</c> or <c>continue</c>.</summary>
public sealed class SilentExceptionHandler : Rule
{
    private readonly RuleInfo _explained;

    /// <summary>Initializes a new instance of the <see cref="SilentExceptionHandler"/> class.</summary>
    public SilentExceptionHandler()
    {
        _explained = Info with { DefaultSeverity = Severity.Warning };
    }

    /// <inheritdoc />
    public override RuleInfo Info { get; } = new(
        Code: "EXC003",
        Name: "silent-exception-handler",
        Category: ChecklistItem.ExceptionHandling,
        DefaultSeverity: Severity.Error,
        Since: "0.3.0",
        Fix: FixAvailability.None,
        Docs: """
            ## What it does
            Flags an `except` clause whose whole body is `pass`, `...` or `continue`: the failure is
            silenced. It is an error, except for a handler of a specific exception type (not a bare
            `except:`, not `Exception` or `BaseException`) that carries a comment saying why inside
            the handler (on a line of its own, or after the `pass`), which is reported as a warning
            so that the decision stays visible. `# noqa`, `# pragma` and
            `# type:` comments do not count as a reason.

            Test code is checked too.

            ## Why is this bad?
            An empty handler turns a failure into silence: the program continues as if the
            operation had succeeded, and when it matters nobody can tell what went wrong, or that
            anything did.

            ## Example
            ```python
            for path in paths:
                try:
                    os.remove(path)
                except OSError:
                    pass
            ```

            Use instead:
            ```python
            for path in paths:
                with contextlib.suppress(FileNotFoundError):  # already gone is fine
                    os.remove(path)
            ```
            """);

    /// <inheritdoc />
    public override void Register(RuleRegistration registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        registry.OnNode<ExceptHandler>(Check);
    }

    private void Check(ExceptHandler handler, RuleContext context)
    {
        if (!HandlerFacts.IsSilent(handler.Body) || context.Semantic is not { } model)
        {
            return;
        }

        var what = handler.Body[0] is Continue ? "continue" : handler.Body[0] is Pass ? "pass" : "...";
        var span = new TextSpan(handler.Span.Start, Math.Min(6, handler.Span.Length));
        if (handler.Type is null || HandlerFacts.IsBroad(handler.Type, model, out _))
        {
            context.Report(Info, span, $"Handler of every error only does '{what}': the failure is silenced; catch the specific exception and handle or log it");
        }
        else if (HasReason(handler, context))
        {
            context.Report(_explained, span, $"Handler only does '{what}' (explained by a comment): prefer contextlib.suppress, or log the failure at debug level");
        }
        else
        {
            context.Report(Info, span, $"Handler only does '{what}': the failure is silenced; handle or log it, or say why in a comment and use contextlib.suppress");
        }
    }

    private static bool HasReason(ExceptHandler handler, RuleContext context)
    {
        if (context.Parse is not { } parse)
        {
            return false;
        }

        var lines = context.Source.Lines;
        var header = handler.Type?.Span.End ?? handler.Span.Start;
        var start = lines.GetLineSpan(lines.GetLineNumber(header)).End;
        var end = lines.GetLineSpan(lines.GetLineNumber(handler.Span.End)).End;
        foreach (var comment in parse.Comments)
        {
            if (comment.Start < start)
            {
                continue;
            }

            if (comment.Start >= end)
            {
                break;
            }

            var text = context.Source.Slice(comment).TrimStart('#').Trim();
            if (text.Length > 0 && !text.StartsWith("noqa", StringComparison.OrdinalIgnoreCase) && !text.StartsWith("pragma", StringComparison.OrdinalIgnoreCase)
                && !text.StartsWith("type:", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
