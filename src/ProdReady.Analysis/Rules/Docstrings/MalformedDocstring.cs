using ProdReady.Analysis.Engine;
using ProdReady.Core.Diagnostics;
using ProdReady.Python.Syntax;

namespace ProdReady.Analysis.Rules.Docstrings;

/// <summary><c>DOC011 malformed-docstring</c>: a docstring breaks its convention's grammar.</summary>
public sealed class MalformedDocstring : Rule
{
    /// <inheritdoc />
    public override RuleInfo Info { get; } = new(
        Code: "DOC011",
        Name: "malformed-docstring",
        Category: ChecklistItem.Docstrings,
        DefaultSeverity: Severity.Error,
        Since: "0.2.0",
        Fix: FixAvailability.None,
        Docs: """"
            ## What it does
            Flags a module, class or function docstring that breaks the grammar of the configured
            convention (`docstring-convention`: `google`, the default, `numpy` or `sphinx`):
            - a section header that is almost a known one: `Return:`, `Arg:`, `Raise:`, `Params:`,
              `Throws:`, a one-letter typo of a long name (`Retruns:`), Sphinx's `:parm x:`;
            - a known header without its colon (`Args` over an indented block), a NumPy header without its
              underline, a Sphinx field without its closing colon, or a header in another convention's form;
            - an entry without a description (`x:` alone, `:raises ValueError:` alone);
            - an empty section, or a section that appears twice;
            - an empty docstring, or one that opens with a section instead of a summary line.

            Napoleon reads some singular headers (`Return:`, `Raise:`) as aliases; the house style asks for
            the canonical names, which every tool reads.

            ## Why is this bad?
            The tools that render documentation and the rules that compare a docstring with its code read
            sections by their headers. A misspelt or malformed header turns a section into prose: the
            `Returns:` a reader expects is missing from the rendered page, and the checks that the
            documentation matches the code silently stop.

            ## Example
            ```python
            def area(width, height):
                """Compute an area.

                Arg:
                    width: The width.
                    height:
                Return:
                    The area.
                """
            ```

            Use instead:
            ```python
            def area(width, height):
                """Compute an area.

                Args:
                    width: The width.
                    height: The height.

                Returns:
                    The area.
                """
            ```
            """");

    /// <inheritdoc />
    public override void Register(RuleRegistration registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        registry.OnModel((model, context) => Check(model.Module, context));
        registry.OnNode<ClassDef>(Check);
        registry.OnNode<FunctionDef>(Check);
        registry.OnNode<AsyncFunctionDef>(Check);
    }

    private void Check(SyntaxNode node, RuleContext context)
    {
        if (DocstringFacts.For(context) is not { } facts || facts.DocstringOf(node) is not { } docstring)
        {
            return;
        }

        foreach (var problem in docstring.Parsed.Problems)
        {
            context.Report(Info, docstring.LineSpan(problem.Line), problem.Message, docstring.SuppressionOffset);
        }
    }
}
