using ProdReady.Analysis.Docstrings;
using ProdReady.Analysis.Engine;
using ProdReady.Core.Diagnostics;

namespace ProdReady.Analysis.Rules.Docstrings;

/// <summary><c>DOC003 unknown-documented-parameter</c>: <c>Args:</c> documents a parameter the signature does not have.</summary>
public sealed class UnknownDocumentedParameter : Rule
{
    /// <inheritdoc />
    public override RuleInfo Info { get; } = new(
        Code: "DOC003",
        Name: "unknown-documented-parameter",
        Category: ChecklistItem.Docstrings,
        DefaultSeverity: Severity.Error,
        Since: "0.2.0",
        Fix: FixAvailability.None,
        Docs: """"
            ## What it does
            Flags an entry of the docstring's `Args:` section (NumPy: `Parameters`; Sphinx: `:param x:`)
            that names no parameter of the signature: a renamed or removed parameter whose documentation
            stayed behind. Entries of `Keyword Args:` are not checked (they document the keys of
            `**kwargs`), nor are `Args:` entries of a function that takes `**kwargs`.

            ## Why is this bad?
            Documentation of a parameter that does not exist sends callers after an argument the function
            rejects with a `TypeError`, and hides that the real parameter is undocumented.

            ## Example
            ```python
            def resize(image, width):
                """Scale an image.

                Args:
                    image: The image.
                    size: The new width in pixels.
                """
            ```

            Use instead:
            ```python
            def resize(image, width):
                """Scale an image.

                Args:
                    image: The image.
                    width: The new width in pixels.
                """
            ```
            """");

    /// <inheritdoc />
    public override void Register(RuleRegistration registry) => DocstringChecks.OnFunctions(registry, Check);

    private void Check(FunctionFacts function, DocstringFacts facts, RuleContext context)
    {
        if (function.HasKwargs || function.ArgsDocstring(facts) is not { } docstring)
        {
            return;
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        var arguments = function.Arguments;
        foreach (var arg in arguments.Posonlyargs.Concat(arguments.Args).Concat(arguments.Kwonlyargs))
        {
            names.Add(arg.Name);
        }

        if (arguments.Vararg is { } vararg)
        {
            names.Add(vararg.Name);
        }

        foreach (var entry in docstring.Parsed.EntriesOf(SectionKind.Args))
        {
            if (entry.BareName.Length > 0 && !names.Contains(entry.BareName))
            {
                context.Report(Info, docstring.LineSpan(entry.Line), $"Args documents '{entry.Name}', which is not a parameter of '{function.Name}'", docstring.SuppressionOffset);
            }
        }
    }
}
