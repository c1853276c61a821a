using ProdReady.Analysis.Engine;
using ProdReady.Core.Diagnostics;
using ProdReady.Core.Text;
using ProdReady.Python.Syntax;

namespace ProdReady.Analysis.Rules.ExceptionHandling;

/// <summary><c>EXC001 bare-except</c>: an <c>except:</c> clause that names no exception.</summary>
public sealed class BareExcept : Rule
{
    /// <inheritdoc />
    public override RuleInfo Info { get; } = new(
        Code: "EXC001",
        Name: "bare-except",
        Category: ChecklistItem.ExceptionHandling,
        DefaultSeverity: Severity.Error,
        Since: "0.3.0",
        Fix: FixAvailability.None,
        Docs: """
            ## What it does
            Flags an `except:` clause that names no exception type, whatever its body does.

            Test code is checked too.

            ## Why is this bad?
            A bare `except:` catches everything, `KeyboardInterrupt`, `SystemExit` and
            `GeneratorExit` included: Ctrl-C stops working, `sys.exit()` is ignored, and programming
            errors (`NameError`, `TypeError`) are handled as if they were expected failures.

            ## Example
            ```python
            try:
                value = int(text)
            except:
                value = 0
            ```

            Use instead:
            ```python
            try:
                value = int(text)
            except ValueError:
                value = 0
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
        if (handler.Type is null)
        {
            context.Report(Info, new TextSpan(handler.Span.Start, Math.Min(6, handler.Span.Length)), "Bare 'except:' also catches KeyboardInterrupt and SystemExit: name the exceptions this code can handle");
        }
    }
}
